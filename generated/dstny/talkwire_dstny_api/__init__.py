"""A client library for accessing Dstny Conversational Intelligence 2.0 REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
