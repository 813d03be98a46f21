<?php

namespace app\modules\shows\models;

use yii\db\ActiveQuery;
use yii\db\ActiveRecord;

/**
 * One exhibit in the honey show (a pair of jars, a frame, a cake, ...).
 *
 * @property int $id
 * @property int $show_year
 * @property string $class_code
 * @property int $exhibitor_number
 * @property string $exhibitor_name
 * @property string $description
 * @property string $label_text
 * @property string|null $collection_ticket
 * @property int|null $points
 * @property string|null $award
 */
class ShowEntry extends ActiveRecord
{
    public static function tableName()
    {
        return '{{%show_entry}}';
    }

    public function rules()
    {
        return [
            [['class_code', 'exhibitor_name', 'description'], 'required'],
            [['class_code'], 'match', 'pattern' => '/^[A-Z][0-9]{1,2}$/'],
            [['exhibitor_name'], 'string', 'max' => 120],
            [['description'], 'string', 'max' => 2000],
            [['label_text'], 'string', 'max' => 60],
            [['exhibitor_number'], 'integer', 'min' => 1],
        ];
    }

    public function attributeLabels()
    {
        return [
            'class_code' => 'Class',
            'exhibitor_name' => 'Exhibitor',
            'label_text' => 'Jar label text',
        ];
    }

    public function getShowClass(): ActiveQuery
    {
        return $this->hasOne(ShowClass::class, ['code' => 'class_code', 'show_year' => 'show_year']);
    }

    public static function findByClass(int $year, string $classCode): array
    {
        return static::find()
            ->where(['show_year' => $year, 'class_code' => $classCode]) // SAFE sqli
            ->orderBy(['exhibitor_number' => SORT_ASC])
            ->all();
    }

    public static function searchByExhibitor(int $year, string $name): array
    {
        return static::find()
            ->where("show_year = {$year} AND exhibitor_name LIKE '%{$name}%'") // VULN sqli
            ->orderBy(['class_code' => SORT_ASC])
            ->all();
    }

    /**
     * Slip handed to the exhibitor at staging; shown again to collect the exhibit and prize money.
     */
    public function issueCollectionTicket(): string
    {
        $this->collection_ticket = strtoupper(dechex(rand(0x100000, 0xFFFFFF))); // VULN random

        return $this->collection_ticket;
    }
}
