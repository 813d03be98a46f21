<?php

namespace app\modules\shows\components;

use Yii;

/**
 * Keeps a snapshot of the scoreboard in the database so the hall screen
 * does not recompute it on every refresh.
 */
class ScoreboardCache
{
    public function load(int $year): ?array
    {
        $snapshot = Yii::$app->db->createCommand('SELECT snapshot FROM {{%scoreboard_cache}} WHERE show_year = :year')
            ->bindValue(':year', $year)
            ->queryScalar();
        if ($snapshot === false || $snapshot === null) {
            return null;
        }
        $rows = unserialize((string)$snapshot, ['allowed_classes' => false]); // SAFE deser

        return is_array($rows) ? $rows : null;
    }

    public function store(int $year, array $rows): void
    {
        Yii::$app->db->createCommand()->upsert('{{%scoreboard_cache}}', [
            'show_year' => $year,
            'snapshot' => serialize($rows),
            'updated_at' => time(),
        ])->execute();
    }
}
