"""AI platforms, observability and other SaaS APIs."""

from __future__ import annotations

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import (
    ALNUM,
    B64,
    B64URL,
    HEX,
    LOWER_DIGITS,
    UPPER_DIGITS,
    Detector,
    fake,
)

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="openai-api-key",
        title="OpenAI API key",
        pattern=(
            r"\b(sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})"
            r"T3BlbkFJ[A-Za-z0-9_-]{20,200})"
        ),
        keywords=("t3blbkfj",),
        severity=Severity.CRITICAL,
        examples=(
            f"OPENAI_API_KEY={fake('sk-proj-', 74, B64URL)}T3BlbkFJ{fake('', 74, B64URL, 'o')}",
        ),
        counter_examples=("sk-proj-T3BlbkFJ",),
    ),
    Detector(
        id="anthropic-api-key",
        title="Anthropic API key",
        pattern=r"\b(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,100}AA)",
        keywords=("sk-ant-",),
        severity=Severity.CRITICAL,
        examples=(f"ANTHROPIC_API_KEY={fake('sk-ant-api03-', 93, B64URL)}AA",),
        counter_examples=("sk-ant-api03-...",),
    ),
    Detector(
        id="huggingface-token",
        title="Hugging Face access token",
        pattern=r"\b(hf_[A-Za-z]{34})\b",
        keywords=("hf_",),
        examples=(f"HF_TOKEN={fake('hf_', 34, _LETTERS)}",),
        counter_examples=("hf_hub_download_function_name_long",),
    ),
    Detector(
        id="groq-api-key",
        title="Groq API key",
        pattern=r"\b(gsk_[A-Za-z0-9]{52})\b",
        keywords=("gsk_",),
        examples=(f"GROQ_API_KEY={fake('gsk_', 52)}",),
        counter_examples=("gsk_short",),
    ),
    Detector(
        id="replicate-api-token",
        title="Replicate API token",
        pattern=r"\b(r8_[A-Za-z0-9]{37})\b",
        keywords=("r8_",),
        examples=(f"REPLICATE_API_TOKEN={fake('r8_', 37)}",),
        counter_examples=("r8_short",),
    ),
    Detector(
        id="perplexity-api-key",
        title="Perplexity API key",
        pattern=r"\b(pplx-[A-Za-z0-9]{48})\b",
        keywords=("pplx-",),
        examples=(f"PPLX_KEY={fake('pplx-', 48)}",),
        counter_examples=("pplx-short",),
    ),
    Detector(
        id="datadog-api-key",
        title="Datadog API or application key",
        pattern=(
            r"(?i)(?:datadog|\bdd)[a-z0-9_.-]{0,20}(?:api|app|application)[a-z0-9_.-]{0,10}key"
            r"[a-z0-9_]{0,5}[\"']?\s*[:=]\s*[\"']?([a-f0-9]{32}|[a-f0-9]{40})\b"
        ),
        keywords=("datadog", "dd_api", "dd_app", "dd-api", "dd-app"),
        examples=(f"DD_API_KEY={fake('', 32, HEX)}",),
        counter_examples=("DD_API_KEY=<your-api-key>",),
    ),
    Detector(
        id="datadog-helm-key",
        title="Datadog API or application key (Helm values)",
        # the Datadog chart's `datadog:` block names them apiKey and appKey, without the prefix
        pattern=(
            r"(?im)^[ \t]+(?:api|app|application)[_-]?key[\"']?[ \t]*:[ \t]*[\"']?"
            r"([a-f0-9]{32}|[a-f0-9]{40})[\"']?[ \t]*\r?$"
        ),
        keywords=("datadog",),
        yaml_parent="datadog",
        examples=(
            f"datadog:\n  site: datadoghq.eu\n  apiKey: {fake('', 32, HEX, 'ddh1')}\n",
            f"datadog:\n  appKey: '{fake('', 40, HEX, 'ddh2')}'\n",
        ),
        counter_examples=(
            f"stripe:\n  apiKey: {fake('', 32, HEX, 'ddh3')}\n# datadog below\n",
            "datadog:\n  apiKey: ${DD_API_KEY}\n",
        ),
    ),
    Detector(
        id="new-relic-key",
        title="New Relic user or ingest key",
        pattern=r"\b(NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}|[a-f0-9]{36}NRAL)\b",
        keywords=("nrak-", "nrii-", "nral"),
        examples=(f"NEW_RELIC_API_KEY={fake('NRAK-', 27, UPPER_DIGITS)}",),
        counter_examples=("NRAK-short",),
    ),
    Detector(
        id="sentry-auth-token",
        title="Sentry auth token",
        pattern=r"\b(sntrys_eyJ[A-Za-z0-9+/=_-]{50,400}|sntryu_[a-f0-9]{64})",
        keywords=("sntrys_", "sntryu_"),
        examples=(f"SENTRY_AUTH_TOKEN={fake('sntryu_', 64, HEX)}",),
        counter_examples=("sntryu_short",),
    ),
    Detector(
        id="grafana-token",
        title="Grafana Cloud or service account token",
        pattern=r"\b(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})",
        keywords=("glc_", "glsa_"),
        examples=(f"GRAFANA_TOKEN={fake('glsa_', 32)}_{fake('', 8, HEX)}",),
        counter_examples=("glsa_short",),
    ),
    Detector(
        id="dynatrace-token",
        title="Dynatrace API token",
        pattern=r"\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b",
        keywords=("dt0c01.",),
        examples=(
            f"DT_API_TOKEN={fake('dt0c01.', 24, UPPER_DIGITS)}." + fake("", 64, UPPER_DIGITS, "dt"),
        ),
        counter_examples=("dt0c01.short",),
    ),
    Detector(
        id="linear-api-key",
        title="Linear API key",
        pattern=r"\b(lin_(?:api|oauth)_[A-Za-z0-9]{40})\b",
        keywords=("lin_api_", "lin_oauth_"),
        examples=(f"LINEAR_API_KEY={fake('lin_api_', 40)}",),
        counter_examples=("lin_api_short",),
    ),
    Detector(
        id="notion-token",
        title="Notion integration token",
        pattern=r"\b(ntn_[0-9]{11}[A-Za-z0-9]{35})\b",
        keywords=("ntn_",),
        examples=(f"NOTION_TOKEN={fake('ntn_', 11, '0123456789')}{fake('', 35, seed='n')}",),
        counter_examples=("ntn_short",),
    ),
    Detector(
        id="airtable-token",
        title="Airtable personal access token",
        pattern=r"\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b",
        keywords=("airtable",),  # "pat" alone is in every "path"
        examples=(f"AIRTABLE_TOKEN={fake('pat', 14)}.{fake('', 64, HEX)}",),
        counter_examples=("path.to.module",),
    ),
    Detector(
        id="postman-api-key",
        title="Postman API key",
        pattern=r"\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b",
        keywords=("pmak-",),
        examples=(f"POSTMAN_API_KEY={fake('PMAK-', 24, HEX)}-{fake('', 34, HEX, 'p')}",),
        counter_examples=("PMAK-short",),
    ),
    Detector(
        id="mapbox-secret-token",
        title="Mapbox secret token",
        pattern=r"\b(sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,100})",
        keywords=("sk.eyj",),
        examples=(f"MAPBOX_TOKEN=sk.eyJ{fake('', 60, B64URL)}.{fake('', 22, B64URL, 'm')}",),
        counter_examples=("pk.eyJ1IjoiYWNtZSJ9.public",),
    ),
    Detector(
        id="okta-api-token",
        title="Okta API token",
        pattern=(
            r"(?i)(?:okta[a-z0-9_.-]{0,20}(?:token|key)[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?"
            r"(00[A-Za-z0-9_-]{40})\b"
            # Okta's own authorization scheme: `Authorization: SSWS 00...`
            r"|\bSSWS\s+(00[A-Za-z0-9_-]{40})\b)"
        ),
        keywords=("okta", "ssws"),
        groups=(1, 2),
        examples=(
            f"OKTA_API_TOKEN={fake('00', 40, B64URL)}",
            f'curl -H "Authorization: SSWS {fake("00", 40, B64URL, "ssws")}" https://acme.okta.com',
        ),
        counter_examples=("OKTA_API_TOKEN=${OKTA_TOKEN}",),
    ),
    Detector(
        id="pagerduty-routing-key",
        title="PagerDuty Events API routing key",
        # the integration key an Events API v2 call names routing_key (32 hex characters)
        pattern=(
            r"(?i)[\"']?(?:routing|integration)[_-]?key[\"']?\s*[:=]\s*[\"']?([a-f0-9]{32})\b"
        ),
        keywords=("routing_key", "routing-key", "integration_key", "integration-key"),
        examples=(
            '{"routing_key":"' + fake("", 32, HEX, "pd1") + '","event_action":"trigger"}',
            f"pagerduty:\n  routing_key: {fake('', 32, HEX, 'pd2')}\n",
        ),
        counter_examples=("routing_key: orders.created", 'routing_key = "${PD_ROUTING_KEY}"'),
    ),
    Detector(
        id="algolia-admin-key",
        title="Algolia admin API key",
        pattern=r"(?i)algolia[a-z0-9_.-]{0,20}(?:admin|write|api)[a-z0-9_.-]{0,10}key[a-z0-9_]{0,5}[\"']?\s*[:=]\s*[\"']?([a-f0-9]{32})\b",
        keywords=("algolia",),
        examples=(f"ALGOLIA_ADMIN_KEY={fake('', 32, HEX)}",),
        counter_examples=("ALGOLIA_APP_ID=ABC123",),
    ),
    Detector(
        id="firebase-cloud-messaging-key",
        title="Firebase Cloud Messaging server key",
        pattern=r"\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})",
        keywords=("apa91b",),
        examples=(f"FCM_SERVER_KEY={fake('AAAA', 7, B64URL)}:APA91b{fake('', 134, B64URL)}",),
        counter_examples=("APA91b",),
    ),
    Detector(
        id="onepassword-service-token",
        title="1Password service account token",
        pattern=r"\b(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})",
        keywords=("ops_eyj",),
        severity=Severity.CRITICAL,
        examples=(f"OP_SERVICE_ACCOUNT_TOKEN={fake('ops_eyJ', 300, B64)}",),
        counter_examples=("ops_eyJshort",),
    ),
    Detector(
        id="easypost-api-key",
        title="EasyPost API key",
        pattern=r"\b(EZ[AT]K[a-zA-Z0-9]{54})\b",
        keywords=("ezak", "eztk"),
        examples=(f"EASYPOST_API_KEY={fake('EZAK', 54)}",),
        counter_examples=("EZAKshort",),
    ),
    Detector(
        id="shippo-api-token",
        title="Shippo API token",
        pattern=r"\b(shippo_(?:live|test)_[a-f0-9]{40})\b",
        keywords=("shippo_",),
        examples=(f"SHIPPO_TOKEN={fake('shippo_live_', 40, HEX)}",),
        counter_examples=("shippo_live_",),
    ),
    Detector(
        id="typeform-token",
        title="Typeform personal access token",
        pattern=r"\b(tfp_[A-Za-z0-9_.=-]{59})",
        keywords=("tfp_",),
        examples=(f"TYPEFORM_TOKEN={fake('tfp_', 59, B64URL)}",),
        counter_examples=("tfp_short",),
    ),
    Detector(
        id="prefect-api-key",
        title="Prefect API key",
        pattern=r"\b(pnu_[A-Za-z0-9]{36})\b",
        keywords=("pnu_",),
        examples=(f"PREFECT_API_KEY={fake('pnu_', 36)}",),
        counter_examples=("pnu_short",),
    ),
    Detector(
        id="readme-api-key",
        title="ReadMe API key",
        pattern=r"\b(rdme_[a-z0-9]{70})\b",
        keywords=("rdme_",),
        examples=(f"README_API_KEY={fake('rdme_', 70, LOWER_DIGITS)}",),
        counter_examples=("rdme_short",),
    ),
    Detector(
        id="duffel-api-token",
        title="Duffel API token",
        pattern=r"\b(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})",
        keywords=("duffel_",),
        examples=(f"DUFFEL_TOKEN={fake('duffel_live_', 43, B64URL)}",),
        counter_examples=("duffel_live_",),
    ),
    Detector(
        id="frameio-token",
        title="Frame.io API token",
        pattern=r"\b(fio-u-[A-Za-z0-9_=-]{64})",
        keywords=("fio-u-",),
        examples=(f"FRAMEIO_TOKEN={fake('fio-u-', 64, B64URL)}",),
        counter_examples=("fio-u-short",),
    ),
    Detector(
        id="contentful-token",
        title="Contentful personal access token",
        pattern=r"\b(CFPAT-[A-Za-z0-9_-]{43})",
        keywords=("cfpat-",),
        examples=(f"CONTENTFUL_TOKEN={fake('CFPAT-', 43, B64URL)}",),
        counter_examples=("CFPAT-short",),
    ),
    Detector(
        id="launchdarkly-key",
        title="LaunchDarkly SDK or API key",
        pattern=r"\b((?:sdk|api)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b",
        keywords=("launchdarkly", "ld_sdk", "ld_api"),
        examples=(
            "LAUNCHDARKLY_SDK_KEY=sdk-"
            + "-".join(fake("", n, HEX, f"ld{n}") for n in (8, 4, 4, 4, 12)),
        ),
        counter_examples=("LAUNCHDARKLY_SDK_KEY=",),
    ),
    Detector(
        id="mongodb-atlas-key",
        title="MongoDB Atlas API private key",
        pattern=(
            r"(?i)(?:atlas|mongodb)[a-z0-9_.-]{0,20}private[a-z0-9_.-]{0,10}key[\"']?\s*[:=]\s*"
            r"[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"
        ),
        keywords=("atlas", "mongodb"),
        examples=(
            "MONGODB_ATLAS_PRIVATE_KEY="
            + "-".join(fake("", n, HEX, f"mg{n}") for n in (8, 4, 4, 4, 12)),
        ),
        counter_examples=("MONGODB_ATLAS_PUBLIC_KEY=abcdefgh",),
    ),
    Detector(
        id="sonarqube-token",
        title="SonarQube / SonarCloud token",
        pattern=r"\b((?:squ|sqp|sqa)_[a-f0-9]{40})\b",
        keywords=("squ_", "sqp_", "sqa_"),
        examples=(f"SONAR_TOKEN={fake('squ_', 40, HEX)}",),
        counter_examples=("squ_short",),
    ),
    Detector(
        id="dropbox-access-token",
        title="Dropbox access token",
        pattern=r"\b(sl\.[A-Za-z0-9_-]{130,160})",
        keywords=("sl.",),
        examples=(f"DROPBOX_TOKEN={fake('sl.', 140, B64URL)}",),
        counter_examples=("sl.short",),
    ),
    Detector(
        id="snyk-api-token",
        title="Snyk API token",
        pattern=(
            r"(?i)snyk[a-z0-9_.-]{0,20}(?:token|key)[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?"
            r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"
        ),
        keywords=("snyk",),
        examples=("SNYK_TOKEN=" + "-".join(fake("", n, HEX, f"sn{n}") for n in (8, 4, 4, 4, 12)),),
        counter_examples=("SNYK_ORG=acme",),
    ),
    Detector(
        id="hubspot-private-app-token",
        title="HubSpot private app token",
        pattern=r"\b(pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        keywords=("pat-na", "pat-eu"),
        examples=(
            "HUBSPOT_TOKEN=pat-na1-"
            + "-".join(fake("", n, HEX, f"hs{n}") for n in (8, 4, 4, 4, 12)),
        ),
        counter_examples=("pat-na1-short",),
    ),
    Detector(
        id="infracost-api-key",
        title="Infracost API key",
        pattern=r"\b(ico-[A-Za-z0-9]{32})\b",
        keywords=("ico-",),
        examples=(f"INFRACOST_API_KEY={fake('ico-', 32)}",),
        counter_examples=("ico-short",),
    ),
    Detector(
        id="openshift-user-token",
        title="OpenShift user token",
        pattern=r"\b(sha256~[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)",
        keywords=("sha256~",),
        check_hashes=False,
        examples=(f"oc login --token={fake('sha256~', 43, B64URL)}",),
        counter_examples=("sha256~short",),
    ),
    Detector(
        id="gocardless-access-token",
        title="GoCardless access token",
        pattern=r"\b(live_[A-Za-z0-9_=-]{40})(?:[^A-Za-z0-9_=-]|$)",
        keywords=("gocardless",),
        examples=(f"GOCARDLESS_ACCESS_TOKEN={fake('live_', 40, B64URL)}",),
        counter_examples=("GOCARDLESS_ENV=live",),
    ),
    Detector(
        id="octopus-deploy-api-key",
        title="Octopus Deploy API key",
        pattern=r"\b(API-[A-Z0-9]{26,32})\b",
        keywords=("api-",),
        examples=(f"OCTOPUS_API_KEY={fake('API-', 26, UPPER_DIGITS)}",),
        counter_examples=("API-GATEWAY-SERVICE-NAME",),
    ),
    Detector(
        id="curl-basic-auth",
        title="Credentials in a curl command",
        pattern=r"\bcurl\b[^\n]{0,200}?\s(?:-u|--user)\s+[\"']?[^\s:\"']{1,100}:([^\s\"']{6,200})",
        keywords=("curl",),
        min_entropy=2.8,
        confidence="medium",
        examples=(f"curl -u deploy:{fake('', 16, seed='curl')} https://api.acme.io/v1",),
        counter_examples=("curl -u $USER:$PASSWORD https://api.acme.io", "curl -u user:password x"),
    ),
    Detector(
        id="cli-password",
        title="Password on a command line (docker login, sshpass, mysql)",
        pattern=(
            r"\b(?:docker|podman|nerdctl|buildah|skopeo|oras)\s+login\b[^\n]{0,200}?"
            r"\s(?:-p|--password)(?:\s+|=)[\"']?([^\s\"'$`]{6,200})"
            r"|\bsshpass\s+-p\s*[\"']?([^\s\"'$`]{6,200})"
            r"|\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,200}?\s-p[\"']?"
            r"([^\s\"'$`-][^\s\"'$`]{5,200})"
        ),
        groups=(1, 2, 3),
        keywords=("login", "sshpass", "mysql", "mariadb"),
        min_entropy=2.8,
        confidence="medium",
        examples=(
            f"docker login -u ci -p {fake('', 16, seed='dl')} registry.acme.io",
            f"podman login --password={fake('', 16, seed='pl')} quay.io",
            f"sshpass -p '{fake('', 14, seed='sp')}' ssh deploy@web1",
            f"mysqldump -u backup -p{fake('', 14, seed='my')} shop > shop.sql",
        ),
        counter_examples=(
            "docker login -u ci -p $CI_REGISTRY_PASSWORD registry.gitlab.com",
            'docker login -u ci -p "${REGISTRY_TOKEN}" registry.acme.io',
            "echo $TOKEN | docker login -u ci --password-stdin registry.acme.io",
            'sshpass -p "$SSHPASS" ssh deploy@web1',
            "mysql -u root -p shop",
            "mysql -u root -p < schema.sql",
        ),
    ),
    Detector(
        id="confluent-api-secret",
        title="Confluent Cloud API secret",
        pattern=r"(?i)confluent[a-z0-9_.-]{0,20}secret[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9+/]{64})\b",
        keywords=("confluent",),
        min_entropy=4.0,
        examples=(f"CONFLUENT_API_SECRET={fake('', 64, ALNUM + '+/', 'cf')}",),
        counter_examples=("CONFLUENT_API_SECRET=",),
    ),
    Detector(
        id="fastly-api-token",
        title="Fastly API token",
        pattern=r"(?i)fastly[a-z0-9_.-]{0,20}(?:token|key)[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9_-]{32})\b",
        keywords=("fastly",),
        examples=(f"FASTLY_API_TOKEN={fake('', 32, B64URL)}",),
        counter_examples=("FASTLY_SERVICE_ID=",),
    ),
    Detector(
        id="intercom-access-token",
        title="Intercom access token",
        pattern=r"(?i)intercom[a-z0-9_.-]{0,20}(?:token|key)[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9_=-]{60})\b",
        keywords=("intercom",),
        examples=(f"INTERCOM_ACCESS_TOKEN={fake('dG9rOj', 54, B64URL)}",),
        counter_examples=("INTERCOM_APP_ID=abc",),
    ),
    Detector(
        id="zendesk-api-token",
        title="Zendesk API token",
        pattern=r"(?i)zendesk[a-z0-9_.-]{0,20}(?:token|key)[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9]{40})\b",
        keywords=("zendesk",),
        examples=(f"ZENDESK_API_TOKEN={fake('', 40)}",),
        counter_examples=("ZENDESK_SUBDOMAIN=acme",),
    ),
)
