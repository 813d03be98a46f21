"""Chat, messaging, social and e-mail delivery providers."""

from __future__ import annotations

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import ALNUM, B64URL, HEX, Detector, fake

_DIGITS = "0123456789"
_SLACK_ID = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="slack-bot-token",
        title="Slack bot token",
        pattern=r"\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34})\b",
        keywords=("xoxb-",),
        examples=(
            f"SLACK_BOT_TOKEN={fake('xoxb-', 12, _DIGITS)}-{fake('', 13, _DIGITS)}-{fake('', 24)}",
        ),
        counter_examples=("xoxb-your-token-here",),
    ),
    Detector(
        id="slack-user-token",
        title="Slack user or configuration token",
        pattern=r"\b(xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34}|xoxe\.xox[bp]-\d-[A-Z0-9]{163,166})\b",
        keywords=("xoxp-", "xoxe-", "xoxe.xox"),
        examples=(
            f"token: {fake('xoxp-', 12, _DIGITS)}-{fake('', 12, _DIGITS, 'a')}-"
            f"{fake('', 13, _DIGITS, 'b')}-{fake('', 32, HEX)}",
        ),
        counter_examples=("xoxp-1-2-3-abc",),
    ),
    Detector(
        id="slack-app-token",
        title="Slack app-level token",
        pattern=r"\b(xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{64})\b",
        keywords=("xapp-",),
        examples=(
            f"SLACK_APP_TOKEN=xapp-1-{fake('A', 10, _SLACK_ID)}-{fake('', 13, _DIGITS)}-"
            + fake("", 64, HEX),
        ),
        counter_examples=("xapp-1-abc",),
    ),
    Detector(
        id="slack-webhook-url",
        title="Slack incoming webhook URL",
        pattern=r"(https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{40,120})",
        keywords=("hooks.slack.com",),
        examples=(
            "url = https://hooks.slack.com/services/"
            + f"T{fake('', 8, _SLACK_ID)}/B{fake('', 10, _SLACK_ID, 'b')}/{fake('', 24)}",
        ),
        counter_examples=("https://hooks.slack.com/services/...",),
    ),
    Detector(
        id="discord-bot-token",
        title="Discord bot token",
        pattern=r"(?i)discord[a-z0-9_.-]{0,20}[\"']?\s*[:=]\s*[\"']?([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})",
        keywords=("discord",),
        examples=(
            f"DISCORD_TOKEN={fake('M', 25, ALNUM)}.{fake('', 6, B64URL)}.{fake('', 27, B64URL)}",
        ),
        counter_examples=("DISCORD_TOKEN=",),
    ),
    Detector(
        id="discord-webhook-url",
        title="Discord webhook URL",
        pattern=r"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,70})",
        keywords=("/api/webhooks/",),
        examples=(
            f"https://discord.com/api/webhooks/{fake('', 18, _DIGITS)}/{fake('', 68, B64URL)}",
        ),
        counter_examples=("https://discord.com/api/webhooks/123/abc",),
    ),
    Detector(
        id="telegram-bot-token",
        title="Telegram bot token",
        pattern=r"\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?:[^A-Za-z0-9_-]|$)",
        keywords=(":aa",),
        examples=(f"TELEGRAM_BOT_TOKEN={fake('', 10, _DIGITS)}:AA{fake('', 33, B64URL)}",),
        counter_examples=("12345678:AAshort",),
    ),
    Detector(
        id="twilio-api-key",
        title="Twilio API key or auth token",
        pattern=(
            r"(?i)(?:\b(SK[0-9a-f]{32})\b|twilio[a-z0-9_.-]{0,20}(?:token|secret)[a-z0-9_.-]{0,10}"
            r"[\"']?\s*[:=]\s*[\"']?([0-9a-f]{32})\b"
            # Client("AC…", "…"): the auth token right after the account SID
            r"|\bAC[0-9a-f]{32}[\"'`]\s*,\s*[\"'`]([0-9a-f]{32})[\"'`])"
        ),
        keywords=("twilio",),
        groups=(1, 2, 3),
        examples=(
            f"TWILIO_API_KEY={fake('SK', 32, HEX)}",
            f"TWILIO_AUTH_TOKEN={fake('', 32, HEX, 't')}",
            f'twilio_client = Client("{fake("AC", 32, HEX, "sid")}", "{fake("", 32, HEX, "t2")}")',
        ),
        counter_examples=(
            "twilio_account = ACME",
            f'twilio_client = Client("{fake("AC", 32, HEX, "sid")}", os.environ["TWILIO_TOKEN"])',
        ),
    ),
    Detector(
        id="teams-webhook-url",
        title="Microsoft Teams incoming webhook URL",
        pattern=r"(https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36})",
        keywords=("webhook.office.com",),
        examples=(
            "https://acme.webhook.office.com/webhookb2/"
            + "-".join(fake("", n, HEX, f"t1{n}") for n in (8, 4, 4, 4, 12))
            + "@"
            + "-".join(fake("", n, HEX, f"t2{n}") for n in (8, 4, 4, 4, 12))
            + "/IncomingWebhook/"
            + fake("", 32, HEX, "t3")
            + "/"
            + "-".join(fake("", n, HEX, f"t4{n}") for n in (8, 4, 4, 4, 12)),
        ),
        counter_examples=("https://acme.webhook.office.com/webhookb2/",),
    ),
    Detector(
        id="facebook-access-token",
        title="Meta (Facebook) access token",
        pattern=r"\b(EAA[BCDGIMSU][A-Za-z0-9]{100,255})\b",
        keywords=("eaa",),
        examples=(f"FB_TOKEN={fake('EAAG', 180)}",),
        counter_examples=("EAAGshort",),
    ),
    Detector(
        id="twitter-bearer-token",
        title="X (Twitter) bearer token",
        pattern=r"\b(A{22}[A-Za-z0-9%]{30,120})",
        keywords=("aaaaaaaaaaaaaaaaaaaaaa",),
        min_entropy=3.0,
        check_placeholders=False,  # the fixed run of "A" is part of the format
        examples=(f"TWITTER_BEARER_TOKEN={'A' * 22}{fake('', 90, ALNUM)}",),
        counter_examples=("A" * 60,),
    ),
    Detector(
        id="sendgrid-api-key",
        title="SendGrid API key",
        pattern=r"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)",
        keywords=("sg.",),
        examples=(f"SENDGRID_API_KEY={fake('SG.', 22, B64URL)}.{fake('', 43, B64URL)}",),
        counter_examples=("SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",),
    ),
    Detector(
        id="mailgun-api-key",
        title="Mailgun API key",
        pattern=r"\b(key-[a-f0-9]{32})\b",
        keywords=("key-",),
        examples=(f"MAILGUN_API_KEY={fake('key-', 32, HEX)}",),
        counter_examples=("key-" + "0" * 32,),
    ),
    Detector(
        id="mailchimp-api-key",
        title="Mailchimp API key",
        pattern=r"\b([a-f0-9]{32}-us[0-9]{1,2})\b",
        keywords=("-us",),
        examples=(f"MAILCHIMP_KEY={fake('', 32, HEX)}-us21",),
        counter_examples=("lang = en-us",),
    ),
    Detector(
        id="brevo-api-key",
        title="Brevo (Sendinblue) API key",
        pattern=r"\b(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b",
        keywords=("xkeysib-",),
        examples=(f"BREVO_KEY={fake('xkeysib-', 64, HEX)}-{fake('', 16)}",),
        counter_examples=("xkeysib-",),
    ),
    Detector(
        id="postmark-server-token",
        title="Postmark server token",
        pattern=r"(?i)postmark[a-z0-9_.-]{0,20}[\"']?\s*[:=]\s*[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        keywords=("postmark",),
        examples=(
            "POSTMARK_SERVER_TOKEN="
            + "-".join(fake("", n, HEX, f"pm{n}") for n in (8, 4, 4, 4, 12)),
        ),
        counter_examples=("POSTMARK_SERVER_TOKEN=${TOKEN}",),
    ),
    Detector(
        id="resend-api-key",
        title="Resend API key",
        pattern=r"\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})\b",
        keywords=("resend",),  # "re_" alone is in every Python file
        examples=(f"RESEND_API_KEY={fake('re_', 8)}_{fake('', 24, seed='rs')}",),
        counter_examples=("re_compile_pattern_for_things_here",),
    ),
    Detector(
        id="smtp-password",
        title="SMTP / e-mail password",
        pattern=r"(?i)(?:smtp|mail|email)[a-z0-9_.-]{0,20}pass(?:word|wd)?[\"']?\s*[:=]\s*[\"']([^\"'\s]{8,100})[\"']",
        check_identifiers=True,
        keywords=("smtp", "mail_pass", "mail_host_pass", "mailpass", "mail.pass", "mail-pass"),
        severity=Severity.HIGH,
        min_entropy=3.0,
        confidence="medium",
        examples=(f'EMAIL_HOST_PASSWORD = "{fake("", 16, ALNUM, "smtp")}"',),
        counter_examples=(
            'EMAIL_HOST_PASSWORD = os.environ["EMAIL_PASSWORD"]',
            'SMTP_PASSWORD = "changeme"',
        ),
    ),
)
