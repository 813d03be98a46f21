import os

KIOSK_JWT_KEY = os.environ["PAWSBOOK_KIOSK_JWT_KEY"]
COOKIE_SECRET = os.environ["PAWSBOOK_KIOSK_COOKIE_SECRET"]
PORT = int(os.environ.get("PAWSBOOK_KIOSK_PORT", "8890"))

KIOSK_ORIGINS = frozenset({
    "https://kiosk.pawsbook.example",
    "https://lobby.pawsbook.example",
})

KIOSK_SCREENS = {
    "welcome": "/kiosk/welcome",
    "checkin": "/kiosk/checkin",
    "queue": "/kiosk/queue",
    "feedback": "/kiosk/feedback",
}

WAITING_ROOM_TIPS = [
    "Keep dogs on a short lead in the waiting area.",
    "Cats are happier in a covered carrier.",
    "Ask reception about our senior pet health checks.",
    "Remember to bring your pet's vaccination card.",
]
