<?php

declare(strict_types=1);

namespace Lanternhill\Router;

use Nette\Application\Routers\RouteList;

final class RouterFactory
{
	public static function createRouter(): RouteList
	{
		$router = new RouteList;
		$router->addRoute('sign/<action in|out>', 'Sign:in');
		$router->addRoute('season/<season [0-9]+>/tickets', 'SeasonTicket:default');
		$router->addRoute('tickets/<id [0-9]+>[/<action>]', 'SeasonTicket:detail');
		$router->addRoute('volunteers/<action>[/<id [0-9]+>]', 'Volunteer:shifts');
		$router->addRoute('wardrobe/photo/<file .+>', 'Costume:photo');
		$router->addRoute('wardrobe/thumb/<file .+>', 'Costume:thumbnail');
		$router->addRoute('wardrobe/<action>[/<id [0-9]+>]', 'Costume:default');
		$router->addRoute('<presenter>/<action>[/<id>]', 'SeasonTicket:default');
		return $router;
	}
}
