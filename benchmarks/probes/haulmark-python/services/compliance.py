import threading

from django.conf import settings
from lxml import etree


class ComplianceRegistry:
    """Nightly export of insurance and operating authority for every carrier we have vetted."""

    _instance = None
    _lock = threading.Lock()

    def __init__(self, path):
        self.tree = etree.parse(str(path))

    @classmethod
    def instance(cls):
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls(settings.COMPLIANCE_REGISTRY_XML)
            return cls._instance

    def insurance_for(self, mc_number):
        nodes = self.tree.xpath(f"//carrier[@mc='{mc_number}']/insurance/policy")  # VULN xpath
        return [{k: n.get(k) for k in ("insurer", "type", "limit", "expires")} for n in nodes]

    def authority_for(self, dot_number):
        nodes = self.tree.xpath("//carrier[@dot=$dot]/authority", dot=dot_number)  # SAFE xpath
        node = nodes[0] if nodes else None
        return {"dot": dot_number, "authority": node.get("type") if node is not None else None, "status": node.get("status") if node is not None else None}
