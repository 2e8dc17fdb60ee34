"""Pure domain logic: no Qt, no pygame, no pyttsx3, no I/O."""
