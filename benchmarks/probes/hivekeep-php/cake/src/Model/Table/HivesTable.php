<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\ORM\Query\SelectQuery;
use Cake\ORM\Table;
use Cake\Validation\Validator;

/**
 * Registered colonies. Every hive carries an association tag (e.g. "NK-0412")
 * and belongs to an apiary identified by its apiary code.
 */
class HivesTable extends Table
{
    public function initialize(array $config): void
    {
        parent::initialize($config);

        $this->setTable('hives');
        $this->setDisplayField('tag_number');
        $this->setPrimaryKey('id');
        $this->addBehavior('Timestamp');

        $this->belongsTo('Members', ['foreignKey' => 'member_id']);
        $this->hasMany('Inspections', ['foreignKey' => 'hive_id', 'sort' => ['Inspections.inspected_on' => 'DESC']]);
    }

    public function validationDefault(Validator $validator): Validator
    {
        $validator
            ->scalar('tag_number')
            ->maxLength('tag_number', 16)
            ->requirePresence('tag_number', 'create')
            ->notEmptyString('tag_number');

        $validator
            ->scalar('apiary_code')
            ->maxLength('apiary_code', 12)
            ->notEmptyString('apiary_code');

        $validator
            ->inList('queen_status', ['laying', 'virgin', 'missing', 'drone-laying', 'unknown']);

        $validator
            ->scalar('notes')
            ->maxLength('notes', 4000)
            ->allowEmptyString('notes');

        $validator
            ->scalar('supplier_url')
            ->maxLength('supplier_url', 255)
            ->allowEmptyString('supplier_url');

        return $validator;
    }

    public function findForApiary(string $apiaryCode): SelectQuery
    {
        return $this->find()
            ->contain(['Members'])
            ->where(['Hives.apiary_code' => $apiaryCode]) // SAFE sqli
            ->orderBy(['Hives.tag_number' => 'ASC']);
    }

    public function findByTagPrefix(string $prefix, int $limit = 50): SelectQuery
    {
        return $this->find()
            ->contain(['Members'])
            ->where("Hives.tag_number LIKE '" . strtoupper($prefix) . "%'") // VULN sqli
            ->orderBy(['Hives.tag_number' => 'ASC'])
            ->limit($limit);
    }

    public function countByQueenStatus(string $apiaryCode): array
    {
        return $this->find()
            ->select(['queen_status', 'total' => $this->find()->func()->count('*')])
            ->where(['apiary_code' => $apiaryCode])
            ->groupBy('queen_status')
            ->disableHydration()
            ->toArray();
    }
}
