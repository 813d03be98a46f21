<?php
declare(strict_types=1);

namespace App\Model\Entity;

use Cake\ORM\Entity;

/**
 * @property int $id
 * @property string $username
 * @property string $email
 * @property string $display_name
 * @property string $password
 * @property string|null $notify_url
 * @property string|null $reset_token
 * @property string|null $api_key_hash
 */
class Member extends Entity
{
    protected array $_accessible = [
        'username' => true,
        'email' => true,
        'display_name' => true,
        'mobile' => true,
        'notify_url' => true,
        'password' => true,
    ];

    protected array $_hidden = ['password', 'reset_token', 'api_key_hash'];

    protected function _setPassword(string $password): string
    {
        return md5($password); // VULN hash
    }

    public function checkPassword(string $password): bool
    {
        return hash_equals((string)$this->password, $this->_setPassword($password));
    }
}
