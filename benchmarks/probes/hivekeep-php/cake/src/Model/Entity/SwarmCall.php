<?php
declare(strict_types=1);

namespace App\Model\Entity;

use Cake\ORM\Entity;

/**
 * @property int $id
 * @property string $reporter_name
 * @property string $reporter_phone
 * @property string $postcode
 * @property string $district
 * @property string|null $height
 * @property string|null $description
 * @property string|null $photo_url
 * @property string|null $photo_path
 * @property string $confirmation_code
 * @property string $status
 */
class SwarmCall extends Entity
{
    protected array $_accessible = [
        'reporter_name' => true,
        'reporter_phone' => true,
        'postcode' => true,
        'district' => true,
        'height' => true,
        'description' => true,
        'photo_url' => true,
        'confirmation_code' => false,
        'status' => false,
    ];
}
