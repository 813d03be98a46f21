<?php

declare(strict_types=1);

namespace Ashgrove\Model;

use Illuminate\Database\Eloquent\Model;

/**
 * @property int $id
 * @property string $email
 * @property string $display_name
 * @property string $password_hash
 * @property string|null $committee_pin
 * @property string|null $calendar_feed_url
 * @property string|null $avatar_path
 * @property string|null $reset_token
 * @property string $role
 */
class Member extends Model
{
    protected $table = 'members';

    protected $fillable = [
        'email', 'display_name', 'password_hash', 'committee_pin', 'calendar_feed_url',
        'avatar_path', 'reset_token', 'reset_expires_at', 'role', 'postcode',
    ];

    protected $hidden = ['password_hash', 'committee_pin', 'reset_token'];

    public function isCommittee(): bool
    {
        return in_array($this->role, ['committee', 'treasurer', 'chair'], true);
    }
}
