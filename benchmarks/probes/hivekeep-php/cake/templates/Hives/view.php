<?php
/**
 * @var \App\View\AppView $this
 * @var \App\Model\Entity\Hive $hive
 */
$this->assign('title', 'Hive ' . $hive->tag_number);
?>
<div class="hive-record">
    <h1>Hive <?= h($hive->tag_number) ?></h1><!-- SAFE xss -->
    <p class="apiary">
        Apiary <?= $this->Html->link($hive->apiary_code, ['controller' => 'Hives', 'action' => 'index', '?' => ['apiary' => $hive->apiary_code]]) ?>
        &middot; kept by <?= h($hive->member->display_name ?? 'unknown') ?>
    </p>

    <dl class="queen">
        <dt>Queen</dt>
        <dd><?= h($hive->queen_status) ?><?php if ($hive->queen_colour): ?> (marked <?= h($hive->queen_colour) ?>)<?php endif; ?></dd>
        <dt>Queen supplier</dt>
        <dd>
            <?php if ($hive->supplier_url): ?>
                <a href="<?= h($hive->supplier_url) ?>" rel="nofollow">supplier page</a><!-- VULN xss -->
            <?php else: ?>
                <em>own rearing / swarm</em>
            <?php endif; ?>
        </dd>
        <dt>Keeper's website</dt>
        <dd><a href="<?= h($this->Link->safeUrl($hive->website)) ?>" rel="nofollow noopener">visit</a></dd><!-- SAFE xss -->
    </dl>

    <section class="notes">
        <h2>Keeper's notes</h2>
        <div class="notes-body"><?= $hive->notes ?></div><!-- VULN xss -->
    </section>

    <section class="inspections">
        <h2>Inspections</h2>
        <table>
            <thead>
                <tr><th>Date</th><th>Brood frames</th><th>Varroa drop</th><th>Temperament</th><th>Photo</th></tr>
            </thead>
            <tbody>
            <?php foreach ($hive->inspections as $inspection): ?>
                <tr>
                    <td><?= h($inspection->inspected_on?->format('j M Y')) ?></td>
                    <td><?= (int)$inspection->frames_brood ?></td>
                    <td><?= $inspection->varroa_count === null ? '&ndash;' : (int)$inspection->varroa_count ?></td>
                    <td><?= h($inspection->temperament) ?></td>
                    <td>
                        <?php if ($inspection->photo): ?>
                            <?= $this->Html->image(
                                $this->Url->build(['controller' => 'Inspections', 'action' => 'thumbnail', '?' => ['apiary' => $hive->apiary_code, 'file' => $inspection->photo]]),
                                ['alt' => 'inspection photo']
                            ) ?>
                        <?php endif; ?>
                    </td>
                </tr>
            <?php endforeach; ?>
            </tbody>
        </table>
    </section>

    <?= $this->Form->create(null, ['url' => ['action' => 'label', $hive->id]]) ?>
        <?= $this->Form->control('printer', ['options' => array_combine($printers ?? ['office-zebra'], $printers ?? ['office-zebra'])]) ?>
        <?= $this->Form->control('copies', ['type' => 'number', 'min' => 1, 'max' => 20, 'default' => 1]) ?>
        <?= $this->Form->button('Print roof label') ?>
    <?= $this->Form->end() ?>
</div>
