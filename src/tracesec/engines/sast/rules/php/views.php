<?php
/**
 * @var \App\View\AppView $this
 * @var \App\Model\Entity\Hive $hive
 */
?>
<h1><?= h($hive->name) ?></h1>
<dl>
    <dt>Supplier</dt>
    <!-- ruleid: trace.php.xss.view-url-attribute -->
    <dd><a href="<?= h($hive->supplier_url) ?>" rel="nofollow">supplier page</a></dd>
    <!-- ruleid: trace.php.xss.view-url-attribute, trace.php.xss.view-raw-echo -->
    <dd><a href="<?= $hive->website ?>">website</a></dd>
    <!-- ok: trace.php.xss.view-url-attribute -->
    <dd><a href="<?= $this->Url->build(['action' => 'view', $hive->id]) ?>">view</a></dd>
    <!-- ok: trace.php.xss.view-url-attribute -->
    <dd><a href="<?= h($this->Link->safeUrl($hive->website)) ?>">visit</a></dd>
    <!-- ok: trace.php.xss.view-url-attribute -->
    <dd><a href="/hives/<?= h($hive->code) ?>">hive</a></dd>
    <!-- ok: trace.php.xss.view-url-attribute, trace.php.xss.view-raw-echo -->
    <dd><a href="<?= $site_url ?>/about">about</a></dd>
    <!-- ok: trace.php.xss.view-url-attribute -->
    <dd><a href="<?= esc_url($hive->website) ?>">visit</a></dd>
</dl>
<section class="notes">
    <!-- ruleid: trace.php.xss.view-raw-echo -->
    <div class="notes-body"><?= $hive->notes ?></div>
    <!-- ruleid: trace.php.xss.view-raw-echo -->
    <p>Searched for &ldquo;<?= $q ?>&rdquo;</p>
    <!-- ruleid: trace.php.xss.view-raw-echo -->
    <p><?php echo $entry['description']; ?></p>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <p><?= h($hive->notes) ?></p>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <p><?= Html::encode($entry->description) ?></p>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <td><?= (int)$inspection->frames_brood ?></td>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <td><?= $inspection->varroa_count ?></td>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <td><?= $row['hive_id'] ?></td>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <?= $this->Form->end() ?>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <?= $content ?>
    <!-- ok: trace.php.xss.view-raw-echo -->
    <option value="<?= $m ?>"><?= $m ?></option>
</section>
