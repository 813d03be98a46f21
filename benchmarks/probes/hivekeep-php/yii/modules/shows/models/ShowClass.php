<?php

namespace app\modules\shows\models;

use yii\db\ActiveRecord;

/**
 * A schedule class, e.g. "C4 - Two jars of set honey".
 *
 * @property int $id
 * @property int $show_year
 * @property string $code
 * @property string $title
 * @property string $scoring_formula expression over the judge's criteria, e.g. "flavour*2 + clarity + presentation"
 * @property int $max_points
 */
class ShowClass extends ActiveRecord
{
    public const CRITERIA = ['flavour', 'aroma', 'clarity', 'density', 'presentation', 'freedom'];

    public static function tableName()
    {
        return '{{%show_class}}';
    }

    public function rules()
    {
        return [
            [['code', 'title', 'scoring_formula'], 'required'],
            [['code'], 'match', 'pattern' => '/^[A-Z][0-9]{1,2}$/'],
            [['title'], 'string', 'max' => 120],
            [['scoring_formula'], 'string', 'max' => 200],
            [['max_points'], 'integer', 'min' => 1, 'max' => 100],
        ];
    }
}
