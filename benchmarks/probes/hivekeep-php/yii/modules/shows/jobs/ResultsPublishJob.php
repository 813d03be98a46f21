<?php

namespace app\modules\shows\jobs;

use Yii;
use yii\base\BaseObject;
use yii\queue\JobInterface;

/**
 * Builds the printed results sheet for one class once the judge has
 * finished, and converts it to PDF with pandoc.
 */
class ResultsPublishJob extends BaseObject implements JobInterface
{
    public int $showYear;
    public string $classCode;

    public function execute($queue)
    {
        $rows = Yii::$app->db->createCommand('SELECT exhibitor_number, exhibitor_name, points, award FROM {{%show_entry}} WHERE show_year = :year AND class_code = :code AND award IS NOT NULL ORDER BY points DESC')->bindValues([':year' => $this->showYear, ':code' => $this->classCode])->queryAll(); // SAFE sqli

        $markdown = sprintf("# %s results, class %s\n\n", Yii::$app->params['showName'], $this->classCode);
        $markdown .= "| Award | No. | Exhibitor | Points |\n|---|---|---|---|\n";
        foreach ($rows as $row) {
            $markdown .= sprintf(
                "| %s | %d | %s | %s |\n",
                $row['award'],
                $row['exhibitor_number'],
                preg_replace('/[^\p{L}\p{N} .,\'-]/u', '', (string)$row['exhibitor_name']),
                $row['points']
            );
        }

        $dir = Yii::getAlias(Yii::$app->params['resultsOutput']);
        $md = $dir . '/' . $this->showYear . '-' . $this->classCode . '.md';
        $pdf = substr($md, 0, -3) . '.pdf';
        file_put_contents($md, $markdown);

        $process = proc_open(['pandoc', $md, '-o', $pdf, '--pdf-engine=wkhtmltopdf'], [2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (is_resource($process)) {
            $errors = stream_get_contents($pipes[2]);
            fclose($pipes[2]);
            if (proc_close($process) !== 0) {
                Yii::error('pandoc failed: ' . $errors, __METHOD__);
            }
        }
    }
}
