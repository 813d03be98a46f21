<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\ORM\Table;
use Cake\Validation\Validator;

class InspectionsTable extends Table
{
    public function initialize(array $config): void
    {
        parent::initialize($config);

        $this->setTable('inspections');
        $this->setPrimaryKey('id');
        $this->addBehavior('Timestamp');
        $this->belongsTo('Hives', ['foreignKey' => 'hive_id']);
    }

    public function validationDefault(Validator $validator): Validator
    {
        $validator
            ->date('inspected_on')
            ->notEmptyDate('inspected_on');

        $validator
            ->integer('frames_brood')
            ->range('frames_brood', [0, 30]);

        $validator
            ->integer('varroa_count')
            ->greaterThanOrEqual('varroa_count', 0)
            ->allowEmptyString('varroa_count');

        return $validator;
    }

    /**
     * @param array<int, array<string, mixed>> $rows
     */
    public function saveImported(int $hiveId, array $rows): int
    {
        $saved = 0;
        foreach ($rows as $row) {
            $entity = $this->newEntity([
                'hive_id' => $hiveId,
                'inspected_on' => $row['date'] ?? null,
                'frames_brood' => (int)($row['brood'] ?? 0),
                'varroa_count' => isset($row['varroa']) ? (int)$row['varroa'] : null,
                'temperament' => (string)($row['temperament'] ?? ''),
                'photo' => isset($row['photo']) ? basename((string)$row['photo']) : null,
            ]);
            if ($this->save($entity)) {
                $saved++;
            }
        }

        return $saved;
    }
}
