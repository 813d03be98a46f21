"""Payment and commerce providers."""

from __future__ import annotations

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import ALNUM, B64URL, HEX, LOWER_DIGITS, Detector, fake

DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="stripe-secret-key",
        title="Stripe secret or restricted key",
        pattern=r"\b((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,247})\b",
        keywords=("sk_live_", "sk_test_", "rk_live_", "rk_test_"),
        severity=Severity.CRITICAL,
        examples=(
            f'stripe.api_key = "{fake("sk_live_", 99)}"',
            f"STRIPE_KEY={fake('rk_test_', 24)}",
        ),
        counter_examples=("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", 'pk = "pk_live_' + "Ab3" * 8 + '"'),
    ),
    Detector(
        id="stripe-webhook-secret",
        title="Stripe webhook signing secret",
        pattern=r"\b(whsec_[A-Za-z0-9]{32,64})\b",
        keywords=("whsec_",),
        examples=(f"STRIPE_WEBHOOK_SECRET={fake('whsec_', 32)}",),
        counter_examples=("whsec_...",),
    ),
    Detector(
        id="square-access-token",
        title="Square access token",
        pattern=r"\b((?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60})\b",
        keywords=("eaaa", "sq0atp-"),
        examples=(f"SQUARE_ACCESS_TOKEN={fake('EAAA', 60, B64URL)}",),
        counter_examples=("EAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",),
    ),
    Detector(
        id="square-oauth-secret",
        title="Square OAuth application secret",
        pattern=r"\b(sq0csp-[A-Za-z0-9_-]{43})\b",
        keywords=("sq0csp-",),
        examples=(f"secret: {fake('sq0csp-', 43, B64URL)}",),
        counter_examples=("sq0csp-short",),
    ),
    Detector(
        id="braintree-access-token",
        title="PayPal Braintree access token",
        pattern=r"\b(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})\b",
        keywords=("access_token$production$", "access_token$sandbox$"),
        severity=Severity.CRITICAL,
        examples=(f"BT={fake('access_token$production$', 16, LOWER_DIGITS)}${fake('', 32, HEX)}",),
        counter_examples=("access_token$production$",),
    ),
    Detector(
        id="shopify-token",
        title="Shopify access token or shared secret",
        pattern=r"\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b",
        keywords=("shpat_", "shpca_", "shppa_", "shpss_"),
        examples=(f"SHOPIFY_TOKEN={fake('shpat_', 32, HEX)}",),
        counter_examples=("shpat_<token>",),
    ),
    Detector(
        id="flutterwave-secret-key",
        title="Flutterwave secret key",
        pattern=r"\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)",
        keywords=("flwseck",),
        examples=(f"FLW_SECRET_KEY={fake('FLWSECK_TEST-', 32, 'abcdefgh0123456789')}-X",),
        counter_examples=("FLWSECK-XXXX",),
    ),
    Detector(
        id="razorpay-key",
        title="Razorpay key secret",
        pattern=(
            r"(?i)razorpay[a-z0-9_.-]{0,20}secret[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?"
            r"([A-Za-z0-9]{24})\b"
        ),
        keywords=("razorpay",),
        examples=(f"RAZORPAY_KEY_SECRET={fake('', 24, ALNUM)}",),
        counter_examples=("RAZORPAY_KEY_SECRET=${RAZORPAY_SECRET}",),
    ),
    Detector(
        id="adyen-api-key",
        title="Adyen API key",
        pattern=r"\b(AQE[a-z]{2}[A-Za-z0-9+/=_.-]{90,300})",
        keywords=("aqe",),
        examples=(f"ADYEN_API_KEY={fake('AQEyhmfx', 120, ALNUM)}",),
        counter_examples=("AQEyshort",),
    ),
    Detector(
        id="coinbase-key",
        title="Coinbase / CDP API secret",
        pattern=r"(?i)coinbase[a-z0-9_.-]{0,20}secret[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9+/]{32,88}={0,2})",
        keywords=("coinbase",),
        min_entropy=3.5,
        examples=(f"COINBASE_API_SECRET={fake('', 64, ALNUM)}",),
        counter_examples=("COINBASE_API_SECRET=",),
    ),
)
