<?php

namespace app\modules\shows\jobs;

use Yii;
use yii\base\BaseObject;
use yii\base\Exception;
use yii\queue\JobInterface;

/**
 * Renders the jar label an exhibitor prints and sticks on their entry.
 * Pushed by EntryController::actionCreate, run by `yii queue/listen`.
 */
class LabelRenderJob extends BaseObject implements JobInterface
{
    public int $entryId;
    public string $classCode;
    public int $exhibitorNumber;
    public string $labelText = '';

    public function execute($queue)
    {
        $dir = Yii::getAlias(Yii::$app->params['labelOutput']);
        $out = $dir . '/entry-' . $this->entryId . '.png';
        $caption = sprintf('%s / %03d', $this->classCode, $this->exhibitorNumber);

        $command = 'convert -size 600x240 xc:white -gravity north -pointsize 48 -annotate +0+20 '
            . escapeshellarg($caption)
            . ' -gravity south -pointsize 24 -annotate +0+20 "' . $this->labelText . '" '
            . escapeshellarg($out);

        $spec = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
        $process = proc_open($command, $spec, $pipes); // VULN cmdi
        if (!is_resource($process)) {
            throw new Exception('Could not start ImageMagick');
        }
        $errors = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        if (proc_close($process) !== 0) {
            Yii::error('Label render failed for entry ' . $this->entryId . ': ' . $errors, __METHOD__);
        }
    }
}
