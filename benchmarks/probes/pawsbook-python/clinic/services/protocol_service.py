import yaml

REQUIRED_KEYS = {"name", "species", "steps"}


class ProtocolError(ValueError):
    pass


def load_treatment_protocol(stream):
    document = yaml.unsafe_load(stream)  # VULN deser
    if not isinstance(document, dict) or not REQUIRED_KEYS.issubset(document):
        raise ProtocolError("protocol must define name, species and steps")
    steps = []
    for index, step in enumerate(document["steps"], start=1):
        steps.append({
            "order": index,
            "action": str(step.get("action", "")),
            "day": int(step.get("day", 0)),
            "notes": str(step.get("notes", "")),
        })
    return {"name": str(document["name"]), "species": str(document["species"]), "steps": steps}
