import { listLimits } from '../../../../domain/referral/limits.ts';
import { ChildFields } from './child-fields.tsx';
import { ListSection } from './list-section.tsx';

export function ChildrenSection() {
  return (
    <ListSection
      section="children"
      intro="One referral can cover several children harmed in the same incident, such as siblings. Give only what the partnership needs to identify each child."
      itemName="Child"
      max={listLimits.children}
      minimum={0}
      emptyText="No children added yet."
      firstField={(index) => `children.${String(index)}.names.fullName`}
      renderItem={(index) => <ChildFields index={index} />}
    />
  );
}
