import { scoreWords } from './comparison';
import { DIMENSIONS, LEANS_MINE, PICTURE_WORDS, SEASON_WORDS } from '../method';
import { normalize, type LocalPicture } from './perspective';
import type { StepId } from './steps';
import type { Perspective } from '../types';
import { OnlyYouMark } from './OnlyForMe';

const answered = (score: number | null) => (score === null ? 'Not answered yet' : scoreWords(score));

function PictureLine({ picture }: { picture: LocalPicture }) {
  if (!picture.text) return null;
  return (
    <span className="review-note">
      {PICTURE_WORDS[picture.kind]}: “{picture.text}”{picture.private && <OnlyYouMark />}
    </span>
  );
}

function Edit({ step, what, onEdit }: { step: StepId; what: string; onEdit?: (step: StepId) => void }) {
  if (!onEdit) return null;
  return (
    <button type="button" className="link-button" onClick={() => onEdit(step)}>
      Change<span className="visually-hidden"> {what}</span>
    </button>
  );
}

/** One person's own answers, read back to them: on review, while waiting, and as a solo round's result. */
export function PerspectiveList({ perspective, onEdit }: { perspective: Perspective; onEdit?: (step: StepId) => void }) {
  const p = normalize(perspective);
  return (
    <dl className="review">
      {DIMENSIONS.map((d) => {
        const v = p.dimensions[d.key];
        return (
          <div key={d.key} className="review-item">
            <dt>{d.title}</dt>
            <dd>
              <span>{answered(v.score)}</span>
              {v.leans && <span>{LEANS_MINE[v.leans]}</span>}
              {v.note && (
                <span className="review-note">
                  “{v.note}”{v.private && <OnlyYouMark />}
                </span>
              )}
              <PictureLine picture={v.picture} />
              <Edit step={d.key} what={d.title} onEdit={onEdit} />
            </dd>
          </div>
        );
      })}
      <div className="review-item">
        <dt>Overall</dt>
        <dd>
          <span>{answered(p.overall)}</span>
          <PictureLine picture={p.picture} />
          <Edit step="overall" what="overall" onEdit={onEdit} />
        </dd>
      </div>
      <div className="review-item">
        <dt>Season</dt>
        <dd>
          <span>{SEASON_WORDS[p.season.kind]}</span>
          {p.season.note && (
            <span className="review-note">
              “{p.season.note}”{p.season.private && <OnlyYouMark />}
            </span>
          )}
          <Edit step="season" what="season" onEdit={onEdit} />
        </dd>
      </div>
    </dl>
  );
}
