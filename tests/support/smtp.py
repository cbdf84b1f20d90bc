"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1, a free port), which keeps the
messages it received, parsed, so a test reads back what arrived.

``mail_server.answer = "451 4.3.0 Try again later"`` makes it refuse every message with that
answer until it is set back to ``None``.
"""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller

SENDER = "bti@kommune.example"
BASE_URL = "https://bti.kommune.example"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class MailServer:
    host: str
    port: int
    received: list[EmailMessage] = field(default_factory=list)
    #: The envelope recipients of each message received, in order.
    recipients: list[list[str]] = field(default_factory=list)
    #: An SMTP answer to refuse every message with, or ``None`` to take them.
    answer: str | None = None

    async def handle_DATA(self, server, session, envelope):
        if self.answer:
            return self.answer
        self.received.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def config(self, **more: object) -> dict[str, object]:
        """The application's configuration for this server."""
        return {
            "BTI_MAIL_HOST": self.host,
            "BTI_MAIL_PORT": self.port,
            "BTI_MAIL_SECURITY": "none",
            "BTI_MAIL_SENDER": SENDER,
            "BTI_MAIL_BASE_URL": BASE_URL,
            **more,
        }

    def to(self, address: str) -> list[EmailMessage]:
        return [
            m for m, rcpt in zip(self.received, self.recipients, strict=True) if address in rcpt
        ]


@pytest.fixture
def mail_server() -> Iterator[MailServer]:
    server = MailServer("127.0.0.1", free_port())
    controller = Controller(server, hostname=server.host, port=server.port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()
