import requests

from app.settings import settings


class WebhookNotifier:
    def __init__(self, base_url: str) -> None:
        self.session = requests.Session()
        self.webhook_url = base_url

    def deliver(self, subscription, payload: dict) -> int:
        # a URL a customer registered, read back from its record
        # ruleid: trace.python.ssrf.stored-url
        response = self.session.post(subscription.webhook_url, json=payload, timeout=5)
        return response.status_code

    def deliver_row(self, row: dict, payload: dict) -> int:
        # ruleid: trace.python.ssrf.stored-url
        return requests.post(row["target_url"], json=payload, timeout=5).status_code

    def ping_own_endpoint(self) -> int:
        # the notifier's own configured address
        # ok: trace.python.ssrf.stored-url
        return requests.get(self.webhook_url, timeout=5).status_code

    def ping_configured(self) -> int:
        # ok: trace.python.ssrf.stored-url
        return requests.get(settings.callback_url, timeout=5).status_code

    def deliver_checked(self, subscription, payload: dict) -> int:
        if not is_allowed_host(subscription.callback_url):
            raise ValueError("callback host not allowed")
        # ok: trace.python.ssrf.stored-url
        return requests.post(subscription.callback_url, json=payload, timeout=5).status_code
