"""A client library for accessing Vocelio AI Call Center API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
