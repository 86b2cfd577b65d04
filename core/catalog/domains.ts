// The 9 domains (领域) of the 《基层政务公开范围指引》 (附件 of 川办发〔2017〕90号), in its
// order. Domains are data, not an enum: a county may add more later, so ids are stable
// English slugs that never change even if a Chinese name is reworded.
import type { Domain } from '../model';

export const DEFAULT_DOMAINS: Domain[] = [
  {
    id: 'land_acquisition',
    name: '征收集体土地征地补偿',
    shortName: '征地补偿',
    order: 1,
    summary: '村里的集体土地要被征收时，政府在这里公布征哪块地、给多少补偿、怎么安置，您可以据此核对自家的补偿款、提意见或申请听证。',
  },
  {
    id: 'housing_expropriation',
    name: '国有土地上房屋征收补偿安置',
    shortName: '房屋征收',
    order: 2,
    summary: '城镇房屋被征收拆迁时，这里公布征收决定、补偿方案、评估结果和每户补偿情况，方便被征收人比较、监督补偿是否公平。',
  },
  {
    id: 'affordable_housing',
    name: '保障性住房',
    shortName: '保障性住房',
    order: 3,
    summary: '公租房等保障房建在哪、有多少套、谁能申请、怎么分配、分给了谁，都在这里公开，住房困难的家庭可以看清条件和排队结果。',
  },
  {
    id: 'rural_housing_renovation',
    name: '农村危房改造',
    shortName: '农村危房改造',
    order: 4,
    summary: '农村住房不安全的困难家庭能得到修房、建房补助：这里公布谁可以申请、补多少钱、哪些户被评上、钱发了没有。',
  },
  {
    id: 'disaster_relief',
    name: '救灾',
    shortName: '救灾',
    order: 5,
    summary: '遭受洪水、地震、冰雹等灾害后，这里公布救灾钱物怎么申请、分给了哪些地方和人家、用在了哪里。',
  },
  {
    id: 'poverty_alleviation',
    name: '扶贫',
    shortName: '扶贫',
    order: 6,
    summary: '扶贫（巩固脱贫成果）的政策、资金、项目和帮扶名单都在这里公开，大家可以看看钱花在了村里什么项目上、帮扶对象评得准不准。',
  },
  {
    id: 'municipal_services',
    name: '市政服务',
    shortName: '市政服务',
    order: 7,
    summary: '街道打扫、垃圾清运、路灯、道路、燃气和自来水等城镇公共服务的情况与负责人都在这里，遇到问题知道找谁。',
  },
  {
    id: 'public_resource_trading',
    name: '公共资源交易',
    shortName: '公共资源交易',
    order: 8,
    summary: '政府工程招标、政府采购、土地和产权交易的公告和结果在这里公开，谁中了标、合同多少钱，大家都能看到、都能监督。',
  },
  {
    id: 'compulsory_education',
    name: '义务教育',
    shortName: '义务教育',
    order: 9,
    summary: '孩子上小学、初中的划片范围、报名入学、转学、资助政策和学校情况都在这里，家长办事前先来看一看。',
  },
];
