<?php

use yii\helpers\Html;
use yii\helpers\Url;

/** @var yii\web\View $this */
/** @var app\modules\shows\models\ShowEntry[] $entries */
/** @var string|null $classCode */
/** @var string $exhibitor */
/** @var string $shareToken */

$this->title = 'Show entries';
?>
<h1><?= Html::encode($this->title) ?></h1>

<form method="get" class="entry-filter">
    <label>Class <input type="text" name="class" value="<?= Html::encode($classCode) ?>"></label>
    <label>Exhibitor <input type="text" name="exhibitor" value="<?= Html::encode($exhibitor) ?>"></label>
    <button type="submit">Filter</button>
</form>

<p class="share">Share this list: <code><?= Html::encode(Url::current(['view' => $shareToken], true)) ?></code></p>

<table class="table">
    <thead><tr><th>Class</th><th>No.</th><th>Exhibitor</th><th>Award</th></tr></thead>
    <tbody>
    <?php foreach ($entries as $entry): ?>
        <tr>
            <td><?= Html::encode($entry->class_code) ?></td>
            <td><?= Html::a((int)$entry->exhibitor_number, ['view', 'id' => $entry->id]) ?></td>
            <td><?= Html::encode($entry->exhibitor_name) ?></td>
            <td><?= Html::encode($entry->award ?? '') ?></td>
        </tr>
    <?php endforeach; ?>
    </tbody>
</table>
