import logging
import os

import tornado.ioloop
import tornado.web

from tornado_gateway import config
from tornado_gateway.handlers import CheckInHandler, DoneHandler, PrinterHandler, QueueBoardHandler


def make_app():
    routes = [
        (r"/kiosk/([A-Z0-9]{3,12})/checkin", CheckInHandler),
        (r"/kiosk/([A-Z0-9]{3,12})/board", QueueBoardHandler),
        (r"/kiosk/printer", PrinterHandler),
        (r"/kiosk/done", DoneHandler),
    ]
    template_path = os.path.join(os.path.dirname(__file__), "templates")
    return tornado.web.Application(routes, template_path=template_path, cookie_secret=config.COOKIE_SECRET)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    make_app().listen(config.PORT)
    tornado.ioloop.IOLoop.current().start()
