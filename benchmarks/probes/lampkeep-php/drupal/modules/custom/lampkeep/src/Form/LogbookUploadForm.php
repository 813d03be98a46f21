<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Form;

use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\Core\Form\FormBase;
use Drupal\Core\Form\FormStateInterface;
use Lampkeep\Shared\Queue\QueuePublisher;
use Lampkeep\Shared\Security\PathGuard;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\File\UploadedFile;

/**
 * Lets archive volunteers contribute digitised logbooks and page scans.
 *
 * Heavy lifting (unpacking, XML parsing, image derivatives) happens in the
 * queue workers; this form only spools the upload and enqueues a job.
 */
class LogbookUploadForm extends FormBase {

  private const SCAN_EXTENSIONS = ['jpg', 'jpeg', 'png', 'tif', 'tiff'];

  public function __construct(
    private readonly QueuePublisher $queue,
    ConfigFactoryInterface $configFactory,
  ) {
    $this->configFactory = $configFactory;
  }

  public static function create(ContainerInterface $container): static {
    return new static(
      $container->get('lampkeep.queue_publisher'),
      $container->get('config.factory'),
    );
  }

  public function getFormId(): string {
    return 'lampkeep_logbook_upload_form';
  }

  public function buildForm(array $form, FormStateInterface $form_state): array {
    $stations = (array) $this->config('lampkeep.settings')->get('archive.stations');

    $form['station'] = [
      '#type' => 'select',
      '#title' => $this->t('Station'),
      '#options' => array_combine($stations, $stations),
      '#required' => TRUE,
    ];
    $form['logbook_zip'] = [
      '#type' => 'file',
      '#title' => $this->t('Transcribed logbook (ZIP of TEI XML files)'),
    ];
    $form['scan'] = [
      '#type' => 'file',
      '#title' => $this->t('Page scan'),
    ];
    $form['entry_id'] = [
      '#type' => 'number',
      '#title' => $this->t('Attach scan to log entry #'),
      '#min' => 1,
    ];
    $form['caption'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Scan caption'),
      '#description' => $this->t('E.g. "Storm damage to the lantern gallery, January 1881".'),
      '#maxlength' => 200,
    ];
    $form['actions'] = ['#type' => 'actions'];
    $form['actions']['submit'] = ['#type' => 'submit', '#value' => $this->t('Upload')];

    return $form;
  }

  public function validateForm(array &$form, FormStateInterface $form_state): void {
    $scan = $this->uploaded('scan');
    if ($scan !== NULL) {
      $ext = strtolower($scan->getClientOriginalExtension());
      if (!in_array($ext, self::SCAN_EXTENSIONS, TRUE)) {
        $form_state->setErrorByName('scan', $this->t('Scans must be JPEG, PNG or TIFF.'));
      }
      if ((int) $form_state->getValue('entry_id') < 1) {
        $form_state->setErrorByName('entry_id', $this->t('Say which log entry the scan belongs to.'));
      }
    }
    $zip = $this->uploaded('logbook_zip');
    if ($zip !== NULL && strtolower($zip->getClientOriginalExtension()) !== 'zip') {
      $form_state->setErrorByName('logbook_zip', $this->t('Logbooks must be uploaded as a ZIP file.'));
    }
  }

  public function submitForm(array &$form, FormStateInterface $form_state): void {
    $spool = PathGuard::ensureDirectory((string) $this->config('lampkeep.settings')->get('archive.spool_dir'));
    $station = (string) $form_state->getValue('station');
    $contributor = (int) $this->currentUser()->id();

    $zip = $this->uploaded('logbook_zip');
    if ($zip !== NULL) {
      $stored = $zip->move($spool, sprintf('logbook-%s.zip', bin2hex(random_bytes(8))));
      $this->queue->publish(QueuePublisher::LOGBOOK_IMPORT, [
        'archive' => $stored->getPathname(),
        'station' => $station,
        'contributor' => $contributor,
        'original_name' => $zip->getClientOriginalName(),
      ]);
      $this->messenger()->addStatus($this->t('Logbook queued for import.'));
    }

    $scan = $this->uploaded('scan');
    if ($scan !== NULL) {
      $ext = strtolower($scan->getClientOriginalExtension());
      $stored = $scan->move($spool, sprintf('scan-%s.%s', bin2hex(random_bytes(8)), $ext));
      $this->queue->publish(QueuePublisher::SCAN_PROCESS, [
        'source' => $stored->getPathname(),
        'entry_id' => (int) $form_state->getValue('entry_id'),
        'station' => $station,
        'caption' => (string) $form_state->getValue('caption'),
        'contributor' => $contributor,
      ]);
      $this->messenger()->addStatus($this->t('Scan queued for processing.'));
    }
  }

  private function uploaded(string $field): ?UploadedFile {
    $files = $this->getRequest()->files->get('files', []);
    $file = is_array($files) ? ($files[$field] ?? NULL) : NULL;

    return ($file instanceof UploadedFile && $file->isValid()) ? $file : NULL;
  }

}
