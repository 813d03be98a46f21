<?php
/**
 * @var \App\View\AppView $this
 * @var string $confirmation
 * @var \App\Model\Entity\SwarmCall $call
 */
$this->assign('title', 'Thank you');
?>
<h1>Thank you, <?= h($call->reporter_name) ?></h1>
<p>A local swarm collector for <?= h($call->district) ?> will phone you shortly.</p>
<p>Your reference is <strong><?= h($confirmation) ?></strong>. You can check progress at
    <?= $this->Html->link('the status page', ['action' => 'status', '?' => ['code' => $confirmation]]) ?>.</p>
<p>Please keep children and pets away from the cluster and do not spray it.</p>
