const axios = require("axios");
const config = require("./config");

class WebhookDispatcher {
  constructor(targetUrl) {
    this.targetUrl = targetUrl;
  }

  async deliver(subscription, payload) {
    // a URL a partner registered, read back from its record
    // ruleid: trace.javascript.ssrf.stored-url
    return axios.post(subscription.webhookUrl, payload, { timeout: 5000 });
  }

  async deliverRow(row, payload) {
    // ruleid: trace.javascript.ssrf.stored-url
    return fetch(row["callback_url"], { method: "POST", body: JSON.stringify(payload) });
  }

  async pingOwn() {
    // ok: trace.javascript.ssrf.stored-url
    return axios.get(this.targetUrl);
  }

  async pingConfigured() {
    // ok: trace.javascript.ssrf.stored-url
    return axios.get(config.webhookUrl);
  }
}

module.exports = { WebhookDispatcher };
