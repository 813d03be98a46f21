<?php

namespace app\modules\shows\models;

use Yii;
use yii\db\ActiveRecord;
use yii\web\IdentityInterface;

/**
 * Show judges and stewards.
 *
 * @property int $id
 * @property string $username
 * @property string $full_name
 * @property string $password_hash
 * @property string $auth_key
 * @property string $role judge|steward|secretary
 * @property string|null $avatar_path
 */
class Judge extends ActiveRecord implements IdentityInterface
{
    public static function tableName()
    {
        return '{{%judge}}';
    }

    public static function findIdentity($id)
    {
        return static::findOne(['id' => (int)$id]);
    }

    public static function findIdentityByAccessToken($token, $type = null)
    {
        return null;
    }

    public function getId()
    {
        return $this->id;
    }

    public function getAuthKey()
    {
        return $this->auth_key;
    }

    public function validateAuthKey($authKey)
    {
        return $this->auth_key === $authKey;
    }

    public function setPassword(string $password): void
    {
        $this->password_hash = Yii::$app->security->generatePasswordHash($password); // SAFE hash
    }

    public function validatePassword(string $password): bool
    {
        return Yii::$app->security->validatePassword($password, $this->password_hash);
    }

    public function isSteward(): bool
    {
        return in_array($this->role, ['steward', 'secretary'], true);
    }
}
