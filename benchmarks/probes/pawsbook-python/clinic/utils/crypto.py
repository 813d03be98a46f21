from cryptography.fernet import Fernet, InvalidToken

_fernet = Fernet(b"e_fexVSzDPcXRkcUtxfFgfVBrsoXla1q4YpBuLSBymU=")  # VULN secret


def encrypt_field(value):
    if not value:
        return ""
    return _fernet.encrypt(value.encode("utf-8")).decode("ascii")


def decrypt_field(token):
    if not token:
        return ""
    try:
        return _fernet.decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        return ""
