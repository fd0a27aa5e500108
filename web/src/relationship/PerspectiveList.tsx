import { FormattedMessage, useIntl } from 'react-intl';
import { scoreWords } from './comparison';
import { useMethodWords } from '../method';
import { normalize, type LocalPicture } from './perspective';
import type { StepId } from './steps';
import type { Perspective } from '../types';
import { OnlyYouMark } from './OnlyForMe';
import { partTitle } from './partTitle';
import type { IntlShape } from 'react-intl';

const answered = (intl: IntlShape, score: number | null) =>
  score === null ? intl.formatMessage({ id: 'relationship.PerspectiveList.notAnswered' }) : scoreWords(intl, score);

/** A person's own words, in quotes, keeping their own direction. */
export function Quoted({ text }: { text: string }) {
  const intl = useIntl();
  return <bdi>{intl.formatMessage({ id: 'relationship.quoted' }, { text })}</bdi>;
}

function PictureLine({ picture }: { picture: LocalPicture }) {
  const { PICTURE_WORDS } = useMethodWords();
  if (!picture.text) return null;
  return (
    <span className="review-note">
      <FormattedMessage id="relationship.PerspectiveList.picture" values={{ kind: PICTURE_WORDS[picture.kind], text: <Quoted text={picture.text} /> }} />
      {picture.private && <OnlyYouMark />}
    </span>
  );
}

function Edit({ step, what, onEdit }: { step: StepId; what: string; onEdit?: (step: StepId) => void }) {
  if (!onEdit) return null;
  return (
    <button type="button" className="link-button" onClick={() => onEdit(step)}>
      <FormattedMessage
        id="relationship.PerspectiveList.change"
        values={{ what, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
      />
    </button>
  );
}

/** One person's own answers, read back to them: on review, while waiting, and as a solo round's result. */
export function PerspectiveList({ perspective, onEdit }: { perspective: Perspective; onEdit?: (step: StepId) => void }) {
  const intl = useIntl();
  const { DIMENSIONS, LEANS_MINE, SEASON_WORDS } = useMethodWords();
  const p = normalize(perspective);
  return (
    <dl className="review">
      {DIMENSIONS.map((d) => {
        const v = p.dimensions[d.key];
        return (
          <div key={d.key} className="review-item">
            <dt>{d.title}</dt>
            <dd>
              <span>{answered(intl, v.score)}</span>
              {v.leans && <span>{LEANS_MINE[v.leans]}</span>}
              {v.note && (
                <span className="review-note">
                  <Quoted text={v.note} />
                  {v.private && <OnlyYouMark />}
                </span>
              )}
              <PictureLine picture={v.picture} />
              <Edit step={d.key} what={d.title} onEdit={onEdit} />
            </dd>
          </div>
        );
      })}
      <div className="review-item">
        <dt>{partTitle(intl, 'overall')}</dt>
        <dd>
          <span>{answered(intl, p.overall)}</span>
          <PictureLine picture={p.picture} />
          <Edit step="overall" what={intl.formatMessage({ id: 'relationship.PerspectiveList.overallLower' })} onEdit={onEdit} />
        </dd>
      </div>
      <div className="review-item">
        <dt>
          <FormattedMessage id="relationship.PerspectiveList.season" />
        </dt>
        <dd>
          <span>{SEASON_WORDS[p.season.kind]}</span>
          {p.season.note && (
            <span className="review-note">
              <Quoted text={p.season.note} />
              {p.season.private && <OnlyYouMark />}
            </span>
          )}
          <Edit step="season" what={intl.formatMessage({ id: 'relationship.PerspectiveList.seasonLower' })} onEdit={onEdit} />
        </dd>
      </div>
    </dl>
  );
}
