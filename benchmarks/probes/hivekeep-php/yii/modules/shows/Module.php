<?php

namespace app\modules\shows;

use Yii;

/**
 * Honey show module: entry forms, stewarding, judging and certificates.
 */
class Module extends \yii\base\Module
{
    public $controllerNamespace = 'app\modules\shows\controllers';

    public $defaultRoute = 'entry';

    /** @var int current show year */
    public $showYear;

    public function init()
    {
        parent::init();
        if ($this->showYear === null) {
            $this->showYear = (int)date('Y');
        }
        Yii::configure($this, [
            'params' => [
                'maxEntriesPerExhibitor' => 12,
                'entryFee' => 150,
            ],
        ]);
    }
}
