<?php

use yii\helpers\Html;
use yii\widgets\ActiveForm;

/** @var yii\web\View $this */
/** @var app\modules\shows\models\ShowEntry $entry */

$this->title = 'Enter the show';
?>
<h1><?= Html::encode($this->title) ?></h1>

<?php $form = ActiveForm::begin(); ?>
    <?= $form->field($entry, 'class_code')->textInput(['maxlength' => 3]) ?>
    <?= $form->field($entry, 'exhibitor_name')->textInput(['maxlength' => 120]) ?>
    <?= $form->field($entry, 'description')->textarea(['rows' => 5]) ?>
    <?= $form->field($entry, 'label_text')->textInput(['maxlength' => 60]) ?>
    <?= Html::hiddenInput('returnUrl', Yii::$app->request->referrer) ?>
    <div class="form-group">
        <?= Html::submitButton('Submit entry', ['class' => 'btn btn-success']) ?>
    </div>
<?php ActiveForm::end(); ?>
