<?php

use yii\helpers\Html;

/** @var yii\web\View $this */
/** @var array $rows */
/** @var int $year */

$this->title = 'Scoreboard ' . $year;
$this->registerMetaTag(['http-equiv' => 'refresh', 'content' => '60']);
$current = null;
?>
<h1><?= Html::encode($this->title) ?></h1>

<?php foreach ($rows as $row): ?>
    <?php if ($row['class_code'] !== $current): $current = $row['class_code']; ?>
        <h2>Class <?= Html::encode($current) ?></h2>
    <?php endif; ?>
    <div class="result">
        <span class="award"><?= Html::encode($row['award']) ?></span>
        <span class="exhibitor"><?= Html::encode($row['exhibitor_name']) ?></span><!-- SAFE xss -->
        <span class="points"><?= (int)$row['points'] ?></span>
    </div>
<?php endforeach; ?>
