import os
import shlex
import time

_ARRIVALS = {}


def printer_status(printer):
    with os.popen("lpstat -p " + shlex.quote(printer)) as pipe:  # SAFE cmdi
        return pipe.read().strip() or "unknown"


def record_arrival(clinic_code, session_id, booking=None):
    arrivals = _ARRIVALS.setdefault(clinic_code, [])
    arrivals.append((time.time(), session_id, booking))
    return len(arrivals)


def queue_length(clinic_code, window_seconds=3 * 3600):
    cutoff = time.time() - window_seconds
    _ARRIVALS[clinic_code] = [a for a in _ARRIVALS.get(clinic_code, []) if a[0] >= cutoff]
    return len(_ARRIVALS[clinic_code])
