<?php

use yii\helpers\Html;
use yii\helpers\HtmlPurifier;

/** @var yii\web\View $this */
/** @var app\modules\shows\models\ShowEntry $entry */

$this->title = 'Entry ' . $entry->class_code . '/' . $entry->exhibitor_number;
?>
<div class="show-entry">
    <h1><?= Html::encode($this->title) ?></h1>

    <p class="exhibitor">Exhibitor: <?= Html::encode($entry->exhibitor_name) ?></p><!-- SAFE xss -->

    <h2>Exhibitor's description</h2>
    <div class="entry-description"><?= $entry->description ?></div><!-- VULN xss -->

    <?php if ($entry->label_text): ?>
        <p>Jar label: <strong><?= HtmlPurifier::process($entry->label_text) ?></strong></p>
    <?php endif; ?>

    <?php if ($entry->award !== null): ?>
        <p class="award award-<?= Html::encode(strtolower($entry->award)) ?>">
            <?= Html::encode($entry->award) ?> &mdash; <?= (int)$entry->points ?> points
        </p>
        <?= Html::a('Download certificate', ['certificate/issue', 'id' => $entry->id], ['class' => 'btn btn-primary']) ?>
    <?php endif; ?>
</div>
