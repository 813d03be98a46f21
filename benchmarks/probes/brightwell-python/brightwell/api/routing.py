"""Router shared by the API modules."""
from blacksheep.server.routing import Router

router = Router()
