"""Read aloud: speech synthesised locally with espeak-ng (Debian's `espeak-ng` package), as WAV.

Nothing leaves the machine. The text goes to espeak-ng on standard input, never
on its command line, and without SSML, so a report cannot steer the synthesiser.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess

from ..errors import TrucelineError

MAX_CHARACTERS = 60_000  # about an hour of speech; longer requests are refused, not cut
TIMEOUT_S = 120
INSTALL_HINT = "install it with: sudo apt-get install espeak-ng (or run scripts/setup.sh as root)"


class SpeechUnavailable(TrucelineError):
    """espeak-ng is not installed."""


class SpeechError(TrucelineError):
    """espeak-ng could not speak the text."""


def espeak_path() -> str | None:
    return shutil.which("espeak-ng")


def available() -> bool:
    return espeak_path() is not None


def _voice(language: str | None) -> str:
    return language if language and re.fullmatch(r"[a-z]{2,3}", language) else "en"


def synthesize(text: str, language: str | None = "en", words_per_minute: int = 165) -> bytes:
    """The text spoken, as a WAV file's bytes."""
    exe = espeak_path()
    if exe is None:
        raise SpeechUnavailable(f"Read aloud needs espeak-ng, which is not installed; {INSTALL_HINT}")
    text = text.strip()
    if not text:
        raise SpeechError("there is no text to read aloud")
    if len(text) > MAX_CHARACTERS:
        raise SpeechError(f"the text is too long to read aloud ({len(text)} characters; at most {MAX_CHARACTERS})")
    voice = _voice(language)
    for attempt in (voice, "en") if voice != "en" else ("en",):
        try:
            done = subprocess.run([exe, "--stdout", "--stdin", "-v", attempt, "-s", str(words_per_minute)],
                                  input=text.encode("utf-8"), capture_output=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise SpeechError(f"espeak-ng took longer than {TIMEOUT_S} seconds") from None
        except OSError as exc:
            raise SpeechError(f"espeak-ng could not be run ({exc.strerror or exc})") from None
        if done.returncode == 0 and done.stdout.startswith(b"RIFF"):
            return _fix_sizes(done.stdout)
    message = done.stderr.decode("utf-8", "replace").strip().splitlines()
    raise SpeechError(f"espeak-ng failed ({message[0] if message else f'exit code {done.returncode}'})")


def _fix_sizes(wav: bytes) -> bytes:
    """espeak-ng writing to a pipe leaves the RIFF and data sizes unset (0x7fffffff); fill them in."""
    data_at = wav.find(b"data", 12)
    if data_at < 0:
        return wav
    out = bytearray(wav)
    out[4:8] = struct.pack("<I", len(wav) - 8)
    out[data_at + 4:data_at + 8] = struct.pack("<I", len(wav) - data_at - 8)
    return bytes(out)
