<?php
declare(strict_types=1);

namespace App\Model\Table;

use App\Model\Entity\Member;
use Cake\ORM\Table;
use Cake\Validation\Validator;

class MembersTable extends Table
{
    public function initialize(array $config): void
    {
        parent::initialize($config);

        $this->setTable('members');
        $this->setDisplayField('display_name');
        $this->setPrimaryKey('id');
        $this->addBehavior('Timestamp');
        $this->hasMany('Hives', ['foreignKey' => 'member_id']);
    }

    public function validationDefault(Validator $validator): Validator
    {
        $validator
            ->email('email')
            ->notEmptyString('email');

        $validator
            ->scalar('username')
            ->regex('username', '/^[a-z][a-z0-9.]{2,31}$/')
            ->notEmptyString('username');

        $validator
            ->url('notify_url')
            ->allowEmptyString('notify_url');

        return $validator;
    }

    public function findActiveByUsername(string $username): ?Member
    {
        /** @var \App\Model\Entity\Member|null $member */
        $member = $this->find()
            ->where(['username' => $username, 'active' => true])
            ->first();

        return $member;
    }

    public function findByResetToken(string $token): ?Member
    {
        /** @var \App\Model\Entity\Member|null $member */
        $member = $this->find()
            ->where(['reset_token' => $token, 'reset_expires >' => new \DateTimeImmutable()])
            ->first();

        return $member;
    }
}
