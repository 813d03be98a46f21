import json
import random
import uuid

import jwt
import tornado.web

from tornado_gateway import config
from tornado_gateway.devices import printer_status, queue_length, record_arrival


class KioskHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        origin = self.request.headers.get("Origin", "")
        if origin in config.KIOSK_ORIGINS:
            self.set_header("Access-Control-Allow-Origin", origin)  # SAFE cors
            self.set_header("Access-Control-Allow-Credentials", "true")
            self.set_header("Vary", "Origin")

    def kiosk_claims(self):
        token = self.request.headers.get("X-Kiosk-Token") or self.get_cookie("kiosk_token", "")
        try:
            alg = jwt.get_unverified_header(token).get("alg", "HS256")
            return jwt.decode(token, config.KIOSK_JWT_KEY, algorithms=["HS256", "none"], options={"verify_signature": alg != "none"})  # VULN jwt
        except jwt.InvalidTokenError:
            raise tornado.web.HTTPError(401)


class CheckInHandler(KioskHandler):
    def get(self, clinic_code):
        if self.path_args[0] != self.kiosk_claims().get("clinic"):
            raise tornado.web.HTTPError(403)
        tip = random.choice(config.WAITING_ROOM_TIPS)
        self.write(self.render_string("checkin.html", clinic=self.path_args[0], pet=self.get_argument("pet", ""), tip=tip))  # SAFE xss

    def post(self, clinic_code):
        if self.path_args[0] != self.kiosk_claims().get("clinic"):
            raise tornado.web.HTTPError(403)
        body = json.loads(self.request.body or b"{}")
        session_id = uuid.uuid1().hex  # VULN random
        self.set_cookie("kiosk_session", session_id, httponly=True, secure=True)
        self.write({"position": record_arrival(self.path_args[0], session_id, body.get("booking")), "session": session_id})


class QueueBoardHandler(KioskHandler):
    def get(self, clinic_code):
        banner = self.get_argument("banner", "Welcome to Pawsbook")
        waiting = queue_length(self.path_args[0])
        self.write(f'<div class="banner">{banner}</div><p class="queue">{waiting} patients waiting</p>')  # VULN xss


class PrinterHandler(KioskHandler):
    def post(self):
        self.kiosk_claims()
        printer = self.get_body_argument("printer")
        self.write({"printer": printer, "status": printer_status(printer)})


class DoneHandler(KioskHandler):
    def get(self):
        screen = self.get_argument("next", "welcome")
        self.redirect(config.KIOSK_SCREENS.get(screen, config.KIOSK_SCREENS["welcome"]))  # SAFE redirect
