"""Cloud providers and infrastructure platforms."""

from __future__ import annotations

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import (
    ALNUM,
    B64,
    B64URL,
    HEX,
    Detector,
    fake,
)

_AWS_ID = fake("AKIA", 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_AWS_SECRET = fake("", 40, B64, seed="aws")
_UUID = "-".join(fake("", n, HEX, seed=f"heroku{n}") for n in (8, 4, 4, 4, 12))

DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="aws-access-key-id",
        title="AWS access key ID",
        pattern=r"\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b",
        keywords=("akia", "asia", "abia", "acca", "a3t"),
        min_entropy=3.0,
        examples=(f'aws_access_key_id = "{_AWS_ID}"', f"export AWS_ACCESS_KEY_ID={_AWS_ID}"),
        counter_examples=(
            'key = "AKIAIOSFODNN7EXAMPLE"',
            "AKIAAAAABBBBCCCCDDDD",
            'id = "AKIAAAAAAAAAAAAAAAAA"',
        ),
    ),
    Detector(
        id="aws-secret-access-key",
        title="AWS secret access key",
        pattern=(
            r"(?i)aws[a-z0-9_.-]{0,20}(?:secret|private)[a-z0-9_.-]{0,20}[\"']?\s*(?:[:=]|=>)\s*"
            r"[\"']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"
            # the secret passed right after its key id, as the SDKs' static credentials take
            # them: NewStaticCredentialsProvider("AKIA…", "…", ""), new BasicAWSCredentials(…)
            r"|\b(?:AKIA|ASIA)[A-Z2-7]{16}[\"'`]\s*,\s*[\"'`]([A-Za-z0-9/+]{40})[\"'`]"
        ),
        keywords=("aws", "akia", "asia"),
        groups=(1, 2),
        severity=Severity.CRITICAL,
        min_entropy=4.0,
        examples=(
            f'aws_secret_access_key = "{_AWS_SECRET}"',
            f"AWS_SECRET_ACCESS_KEY: {_AWS_SECRET}",
        ),
        counter_examples=(
            'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
            "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}",
            'new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE",'
            ' "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")',
        ),
    ),
    Detector(
        id="gcp-api-key",
        title="Google Cloud API key",
        pattern=r"\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)",
        keywords=("aiza",),
        examples=(f'const key = "{fake("AIza", 35, B64URL)}";',),
        counter_examples=('key = "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"',),
    ),
    Detector(
        id="gcp-service-account-key",
        title="Google Cloud service account key file",
        pattern=r"\"private_key_id\"\s*:\s*\"([a-f0-9]{40})\"",
        keywords=("private_key_id",),
        severity=Severity.CRITICAL,
        examples=(f'  "private_key_id": "{fake("", 40, HEX)}",',),
        counter_examples=('  "private_key_id": "",',),
    ),
    Detector(
        id="gcp-oauth-client-secret",
        title="Google OAuth client secret",
        pattern=r"\b(GOCSPX-[A-Za-z0-9_-]{28})(?:[^A-Za-z0-9_-]|$)",
        keywords=("gocspx-",),
        examples=(f'client_secret: "{fake("GOCSPX-", 28, B64URL)}"',),
        counter_examples=("GOCSPX-<your-client-secret>",),
    ),
    Detector(
        id="google-oauth-access-token",
        title="Google OAuth access token",
        pattern=r"\b(ya29\.[0-9A-Za-z_-]{30,300})",
        keywords=("ya29.",),
        examples=(f"Authorization: Bearer {fake('ya29.', 120, B64URL)}",),
        counter_examples=("ya29.short",),
    ),
    Detector(
        id="azure-storage-account-key",
        title="Azure storage account key",
        pattern=r"(?i)AccountKey=([A-Za-z0-9+/]{86}==)",
        keywords=("accountkey=",),
        severity=Severity.CRITICAL,
        examples=(
            "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
            + fake("", 86, B64)
            + "==;EndpointSuffix=core.windows.net",
        ),
        counter_examples=("AccountKey=<storage-key>;",),
    ),
    Detector(
        id="azure-shared-access-key",
        title="Azure Service Bus, Event Hubs or IoT Hub shared access key",
        # the key of a connection string's SharedAccessKeyName policy: 32 bytes in base64
        pattern=r"(?i)SharedAccessKey=([A-Za-z0-9+/]{43}=)",
        keywords=("sharedaccesskey=",),
        severity=Severity.CRITICAL,
        examples=(
            "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            + "SharedAccessKey="
            + fake("", 43, B64, seed="sb")
            + "=",
        ),
        counter_examples=(
            "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;"
            "SharedAccessKey=<your-key>",
        ),
    ),
    Detector(
        id="azure-ad-client-secret",
        title="Microsoft Entra ID (Azure AD) client secret",
        pattern=r"(?:^|[\s\"'=:(,])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|$)",
        keywords=("q~",),
        examples=(f'client_secret = "{fake("abc8Q~", 34, ALNUM)}"',),
        counter_examples=('x = "abc8Q~short"',),
    ),
    Detector(
        id="azure-sas-token",
        title="Azure shared access signature",
        pattern=r"[?&]sv=\d{4}-\d{2}-\d{2}&[^\s\"'<>]*?\bsig=([A-Za-z0-9%+/]{40,80}(?:%3D|=)?)",
        keywords=("sig=",),
        examples=(
            "https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=r&se=2030-01-01&sig="
            + fake("", 43, ALNUM)
            + "%3D",
        ),
        counter_examples=("https://example.org/?sig=abc",),
    ),
    Detector(
        id="digitalocean-token",
        title="DigitalOcean token",
        pattern=r"\b(do[opr]_v1_[a-f0-9]{64})\b",
        keywords=("dop_v1_", "doo_v1_", "dor_v1_"),
        examples=(f"DO_TOKEN={fake('dop_v1_', 64, HEX)}",),
        counter_examples=("dop_v1_" + "0" * 64,),
    ),
    Detector(
        id="alibaba-access-key-id",
        title="Alibaba Cloud AccessKey ID",
        pattern=r"\b(LTAI[A-Za-z0-9]{20})\b",
        keywords=("ltai",),
        examples=(f'access_key_id = "{fake("LTAI", 20, ALNUM)}"',),
        counter_examples=("LTAIxxxxxxxxxxxxxxxxxxxx",),
    ),
    Detector(
        id="heroku-api-key",
        title="Heroku API key",
        pattern=(
            r"(?i)(?:heroku[a-z0-9_.-]{0,20}[\"']?\s*[:=]\s*[\"']?([0-9a-f]{8}-[0-9a-f]{4}-"
            r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b|\b(HRKU-[A-Za-z0-9_-]{60})\b)"
        ),
        keywords=("heroku", "hrku-"),
        groups=(1, 2),
        examples=(f"HEROKU_API_KEY={_UUID}", f"token: {fake('HRKU-', 60, B64URL)}"),
        counter_examples=("heroku_app = my-app",),
    ),
    Detector(
        id="cloudflare-api-token",
        title="Cloudflare API token or key",
        pattern=r"(?i)cloudflare[a-z0-9_.-]{0,20}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9_-]{40}|[a-f0-9]{37})\b",
        keywords=("cloudflare",),
        examples=(f"CLOUDFLARE_API_TOKEN={fake('', 40, B64URL)}",),
        counter_examples=("cloudflare_zone = example.com",),
    ),
    Detector(
        id="cloudflare-origin-ca-key",
        title="Cloudflare Origin CA key",
        pattern=r"\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b",
        keywords=("v1.0-",),
        examples=(f"origin_ca_key = {fake('v1.0-', 24, HEX)}-{fake('', 146, HEX)}",),
        counter_examples=("version v1.0-beta",),
    ),
    Detector(
        id="databricks-token",
        title="Databricks access token",
        pattern=r"\b(dapi[a-f0-9]{32}(?:-\d)?)\b",
        keywords=("dapi",),
        examples=(f"DATABRICKS_TOKEN={fake('dapi', 32, HEX)}",),
        counter_examples=("dapi" + "a" * 32,),
    ),
    Detector(
        id="hashicorp-vault-token",
        title="HashiCorp Vault token",
        # Vault's own service tokens are hvs. and 24 or more characters; HCP's run to ~95
        pattern=r"\b(hv[sb]\.[A-Za-z0-9_-]{24,200})\b",
        keywords=("hvs.", "hvb."),
        severity=Severity.CRITICAL,
        examples=(
            f"VAULT_TOKEN={fake('hvs.', 95, B64URL)}",
            f"    VAULT_TOKEN: {fake('hvs.', 24, ALNUM, 'oss')}",
        ),
        counter_examples=("hvs.short",),
    ),
    Detector(
        id="terraform-cloud-token",
        title="Terraform Cloud / HCP Terraform API token",
        pattern=r"\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})\b",
        keywords=("atlasv1",),
        examples=(f'token = "{fake("", 14)}.atlasv1.{fake("", 67, B64URL)}"',),
        counter_examples=("x.atlasv1.y",),
    ),
    Detector(
        id="doppler-token",
        title="Doppler token",
        pattern=r"\b(dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_.-]{40,44})\b",
        keywords=("dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."),
        examples=(f"DOPPLER_TOKEN={fake('dp.pt.', 43)}",),
        counter_examples=("dp.pt.short",),
    ),
    Detector(
        id="pulumi-access-token",
        title="Pulumi access token",
        pattern=r"\b(pul-[a-f0-9]{40})\b",
        keywords=("pul-",),
        examples=(f"PULUMI_ACCESS_TOKEN={fake('pul-', 40, HEX)}",),
        counter_examples=("pul-request",),
    ),
    Detector(
        id="supabase-access-token",
        title="Supabase access token",
        pattern=r"\b(sbp_[a-f0-9]{40})\b",
        keywords=("sbp_",),
        examples=(f"SUPABASE_ACCESS_TOKEN={fake('sbp_', 40, HEX)}",),
        counter_examples=("sbp_" + "0" * 40,),
    ),
    Detector(
        id="planetscale-token",
        title="PlanetScale token or password",
        pattern=r"\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64})\b",
        keywords=("pscale_",),
        examples=(f"DATABASE_PASSWORD={fake('pscale_pw_', 43, B64URL)}",),
        counter_examples=("pscale_pw_<password>",),
    ),
    Detector(
        id="scaleway-secret-key",
        title="Scaleway secret key",
        pattern=(
            r"(?i)scw[a-z0-9_.-]{0,20}secret[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?"
            r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"
        ),
        keywords=("scw",),
        examples=(f"SCW_SECRET_KEY={_UUID}",),
        counter_examples=("SCW_SECRET_KEY=${SECRET}",),
    ),
    Detector(
        id="fly-io-token",
        title="Fly.io access token",
        pattern=r"\b(fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})",
        keywords=("fm1_", "fm2_", "fm1a_", "fm2a_", "fm1r_", "fm2r_"),
        examples=(f"FLY_API_TOKEN=FlyV1 {fake('fm2_', 120, B64)}",),
        counter_examples=("fm2_short",),
    ),
    Detector(
        id="ibm-cloud-api-key",
        title="IBM Cloud API key",
        pattern=r"(?i)ibm[a-z0-9_.-]{0,20}(?:api|key)[a-z0-9_.-]{0,10}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9_-]{44})\b",
        keywords=("ibm",),
        examples=(f"IBM_CLOUD_API_KEY={fake('', 44, B64URL)}",),
        counter_examples=("ibm_cloud_region = us-south",),
    ),
    Detector(
        id="yandex-cloud-key",
        title="Yandex Cloud IAM or API key",
        pattern=r"\b((?:AQVN|t1\.9euelZ)[A-Za-z0-9_-]{35,100})\b",
        keywords=("aqvn", "t1.9euelz"),
        examples=(f"YC_API_KEY={fake('AQVN', 36, B64URL)}",),
        counter_examples=("AQVN",),
    ),
    Detector(
        id="tencent-cloud-secret-id",
        title="Tencent Cloud SecretId",
        pattern=r"\b(AKID[A-Za-z0-9]{32})\b",
        keywords=("akid",),
        examples=(f"secret_id = {fake('AKID', 32, ALNUM)}",),
        counter_examples=("AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",),
    ),
    Detector(
        id="linode-token",
        title="Linode / Akamai Cloud personal access token",
        pattern=r"(?i)linode[a-z0-9_.-]{0,20}[\"']?\s*[:=]\s*[\"']?([a-f0-9]{64})\b",
        keywords=("linode",),
        examples=(f"LINODE_TOKEN={fake('', 64, HEX)}",),
        counter_examples=("linode_region = eu-west",),
    ),
    Detector(
        id="vercel-token",
        title="Vercel access token",
        pattern=r"(?i)vercel[a-z0-9_.-]{0,20}[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9]{24})\b",
        keywords=("vercel",),
        examples=(f"VERCEL_TOKEN={fake('', 24, ALNUM)}",),
        counter_examples=("vercel_project = my-project-name",),
    ),
    Detector(
        id="netlify-token",
        title="Netlify access token",
        pattern=r"\b(nf[pcu]_[A-Za-z0-9]{36,40})\b",
        keywords=("nfp_", "nfc_", "nfu_"),
        examples=(f"NETLIFY_AUTH_TOKEN={fake('nfp_', 40, ALNUM)}",),
        counter_examples=("nfp_short",),
    ),
    Detector(
        id="aws-mws-key",
        title="Amazon MWS auth token",
        pattern=r"\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        keywords=("amzn.mws.",),
        examples=(f"MWS_AUTH_TOKEN=amzn.mws.{_UUID}",),
        counter_examples=("amzn.mws.token",),
    ),
)
