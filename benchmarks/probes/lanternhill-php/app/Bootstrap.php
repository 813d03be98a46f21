<?php

declare(strict_types=1);

namespace Lanternhill;

use Nette\Bootstrap\Configurator;

final class Bootstrap
{
	public static function boot(): Configurator
	{
		$configurator = new Configurator;
		$appDir = __DIR__;

		$configurator->setDebugMode((bool) getenv('LH_DEBUG'));
		$configurator->enableTracy($appDir . '/../var/log');
		$configurator->setTempDirectory($appDir . '/../var/temp');

		$configurator->createRobotLoader()
			->addDirectory($appDir)
			->register();

		$configurator->addDynamicParameters([
			'env' => getenv(),
		]);

		$configurator->addConfig($appDir . '/../config/common.neon');

		$local = $appDir . '/../config/local.neon';
		if (is_file($local)) {
			$configurator->addConfig($local);
		}

		return $configurator;
	}
}
