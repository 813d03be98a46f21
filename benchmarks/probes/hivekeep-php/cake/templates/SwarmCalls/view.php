<?php
/**
 * @var \App\View\AppView $this
 * @var \App\Model\Entity\SwarmCall $call
 */
$this->assign('title', 'Swarm call #' . $call->id);
?>
<article class="swarm-call status-<?= h($call->status) ?>">
    <h1>Swarm call #<?= (int)$call->id ?></h1>
    <p>Reported by <?= h($call->reporter_name) ?>,
        <a href="<?= h($this->Link->phone($call->reporter_phone)) ?>"><?= h($call->reporter_phone) ?></a></p>
    <p>Postcode <?= h($call->postcode) ?> (<?= h($call->district) ?>), height: <?= h($call->height ?? 'not given') ?></p>

    <blockquote class="caller-description"><?= nl2br(h($call->description)) ?></blockquote><!-- SAFE xss -->

    <?php if ($call->photo_path): ?>
        <p><em>A photo was supplied and is attached to the dispatch SMS.</em></p>
    <?php endif; ?>

    <p>Collector: <?= $call->collector ? h($call->collector->display_name) : '<em>not yet assigned</em>' ?></p>
</article>
