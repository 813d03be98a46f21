<?php
declare(strict_types=1);

namespace App\Model\Entity;

use Cake\ORM\Entity;

/**
 * @property int $id
 * @property int $member_id
 * @property string $tag_number
 * @property string $apiary_code
 * @property string $queen_status
 * @property int|null $queen_year
 * @property string|null $notes
 * @property string|null $supplier_url
 * @property string|null $website
 */
class Hive extends Entity
{
    protected array $_accessible = [
        'tag_number' => true,
        'apiary_code' => true,
        'queen_status' => true,
        'queen_year' => true,
        'notes' => true,
        'supplier_url' => true,
        'website' => true,
        'member_id' => false,
    ];

    /**
     * Queen marking colour by international year convention.
     */
    protected function _getQueenColour(): ?string
    {
        if ($this->queen_year === null) {
            return null;
        }

        return ['blue', 'white', 'yellow', 'red', 'green'][$this->queen_year % 5];
    }
}
