<?php

use app\modules\shows\models\ShowClass;
use yii\helpers\Html;
use yii\widgets\ActiveForm;

/** @var yii\web\View $this */
/** @var app\modules\shows\models\ShowClass $class */

$this->title = 'Class ' . $class->code;
?>
<h1><?= Html::encode($this->title) ?></h1>
<p>Criteria available in the formula: <?= Html::encode(implode(', ', ShowClass::CRITERIA)) ?></p>

<?php $form = ActiveForm::begin(); ?>
    <?= $form->field($class, 'title') ?>
    <?= $form->field($class, 'scoring_formula')->hint('e.g. flavour*3 + aroma*2 + clarity + presentation') ?>
    <?= $form->field($class, 'max_points')->input('number') ?>
    <?= Html::hiddenInput('back', 'scoreboard') ?>
    <?= Html::submitButton('Save', ['class' => 'btn btn-primary']) ?>
<?php ActiveForm::end(); ?>
