"""Companion: guided relaxation for palliative care, at the bedside."""

__version__ = "0.1.0"
APP_NAME = "companion"
APP_ID = "org.companionapp.Companion"
