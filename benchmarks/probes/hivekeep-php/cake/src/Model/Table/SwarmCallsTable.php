<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\Database\Connection;
use Cake\Datasource\ConnectionManager;
use Cake\ORM\Table;
use Cake\Validation\Validator;

/**
 * Swarm reports phoned or typed in by members of the public.
 */
class SwarmCallsTable extends Table
{
    public const STATUS_NEW = 'new';
    public const STATUS_DISPATCHED = 'dispatched';
    public const STATUS_COLLECTED = 'collected';

    public function initialize(array $config): void
    {
        parent::initialize($config);

        $this->setTable('swarm_calls');
        $this->setPrimaryKey('id');
        $this->addBehavior('Timestamp');
        $this->belongsTo('Collectors', [
            'className' => 'Members',
            'foreignKey' => 'collector_id',
        ]);
    }

    public function validationDefault(Validator $validator): Validator
    {
        $validator
            ->scalar('reporter_name')
            ->maxLength('reporter_name', 120)
            ->notEmptyString('reporter_name');

        $validator
            ->scalar('reporter_phone')
            ->regex('reporter_phone', '/^\+?[0-9 ]{7,20}$/')
            ->notEmptyString('reporter_phone');

        $validator
            ->scalar('postcode')
            ->maxLength('postcode', 10)
            ->notEmptyString('postcode');

        $validator
            ->scalar('district')
            ->maxLength('district', 80)
            ->notEmptyString('district');

        $validator
            ->inList('height', ['ground', 'head', 'ladder', 'roof'])
            ->allowEmptyString('height');

        return $validator;
    }

    public function findByConfirmationCode(string $code)
    {
        return $this->find()
            ->select(['id', 'status', 'district', 'created', 'collector_id'])
            ->where(['confirmation_code' => $code]) // SAFE sqli
            ->first();
    }

    /**
     * Collectors on the swarm list whose collection area covers the district.
     */
    public function collectorsForDistrict(string $district): array
    {
        /** @var Connection $connection */
        $connection = ConnectionManager::get('default');
        $sql = "SELECT m.id, m.display_name, m.mobile, m.notify_url
                  FROM members m
                  JOIN collector_areas ca ON ca.member_id = m.id
                 WHERE m.swarm_collector = 1
                   AND ca.district = '{$district}'
              ORDER BY ca.priority ASC";

        return $connection->execute($sql)->fetchAll('assoc'); // VULN sqli
    }

    public function markDispatched(int $callId, int $collectorId): void
    {
        /** @var Connection $connection */
        $connection = ConnectionManager::get('default');
        $connection->execute('UPDATE swarm_calls SET status = :status, collector_id = :collector, dispatched = NOW() WHERE id = :id', ['status' => self::STATUS_DISPATCHED, 'collector' => $collectorId, 'id' => $callId], ['collector' => 'integer', 'id' => 'integer']); // SAFE sqli
    }
}
