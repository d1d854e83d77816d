"""Eligo."""
